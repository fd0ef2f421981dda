import Testing
@testable import Archive

@Suite("PublishedDate")
struct PublishedDateTests {
    @Test func dayPrintsAsIsoDay() throws {
        let date = try #require(PublishedDate(year: 2025, month: 8, day: 19))
        #expect(date.iso8601 == "2025-08-19")
        #expect(date.precision == .day)
    }

    @Test func instantIsConvertedToUTC() throws {
        let date = try #require(PublishedDate(year: 1987, month: 2, day: 26, hour: 15, minute: 1, second: 1, utcOffset: -5 * 3600))
        #expect(date.iso8601 == "1987-02-26T20:01:01Z")
    }

    @Test func impossibleDaysAreRejected() {
        #expect(PublishedDate(year: 2025, month: 2, day: 29) == nil)
        #expect(PublishedDate(year: 2024, month: 2, day: 29) != nil)
        #expect(PublishedDate(year: 2025, month: 13, day: 1) == nil)
    }

    @Test(arguments: ["2025-08-19", "1969-12-31T23:59:59Z", "2000-02-29T00:00:00Z"])
    func isoTextRoundTrips(_ text: String) throws {
        #expect(try #require(PublishedDate(iso8601: text)).iso8601 == text)
    }
}
