import Testing
@testable import Archive

@Suite("DateParser")
struct DateParserTests {
    @Test(arguments: [
        // ISO 8601
        ("2016-09-12", "2016-09-12"),
        ("2016-09-12T14:03:05Z", "2016-09-12T14:03:05Z"),
        ("2016-09-12 14:03:05", "2016-09-12T14:03:05Z"),
        ("2016-09-12T14:03", "2016-09-12T14:03:00Z"),
        ("2016-09-12T14:03:05.123+01:00", "2016-09-12T13:03:05Z"),
        ("2016-09-12T14:03:05+0100", "2016-09-12T13:03:05Z"),
        ("2016-09-12T14:03:05-05", "2016-09-12T19:03:05Z"),
        ("  2016-09-12T14:03:05z ", "2016-09-12T14:03:05Z"),
        // RFC 822 / 1123
        ("Mon, 12 Sep 2016 14:03:05 GMT", "2016-09-12T14:03:05Z"),
        ("12 Sep 2016 14:03:05 +0100", "2016-09-12T13:03:05Z"),
        ("Mon, 12 Sep 2016 14:03 EDT", "2016-09-12T18:03:00Z"),
        ("Mon, 12 Sep 16 14:03:05 PST", "2016-09-12T22:03:05Z"),
        ("Mon, 12 Sep 2016 14:03:05 PDT", "2016-09-12T21:03:05Z"),
        ("Mon, 12 Sep 2016 14:03:05 CST", "2016-09-12T20:03:05Z"),
        ("Mon, 12 Sep 2016 14:03:05 CDT", "2016-09-12T19:03:05Z"),
        ("Mon, 12 Sep 2016 14:03:05 MST", "2016-09-12T21:03:05Z"),
        ("Mon, 12 Sep 2016 14:03:05 MDT", "2016-09-12T20:03:05Z"),
        ("Mon, 12 Sep 2016 14:03:05 EST", "2016-09-12T19:03:05Z"),
        ("Mon, 12 Sep 2016 14:03:05 UT", "2016-09-12T14:03:05Z"),
        ("Mon, 12 Sep 2016 14:03:05 UTC", "2016-09-12T14:03:05Z"),
        ("Mon, 12 Sep 2016 14:03:05 Z", "2016-09-12T14:03:05Z"),
        ("Mon, 12 Sep 2016 14:03:05 A", "2016-09-12T13:03:05Z"),
        ("Mon, 12 Sep 2016 14:03:05 N", "2016-09-12T15:03:05Z"),
        ("Mon, 12 Sep 2016 14:03:05 -0800 (PST)", "2016-09-12T22:03:05Z"),
        ("Mon, 14 July 2014 12:00:00 +0000", "2014-07-14T12:00:00Z"),
        ("Thu, 01 Jan 98 00:00:00 GMT", "1998-01-01T00:00:00Z"),
        // Reuters, US month-first, day-first with dashes
        ("26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01Z"),
        ("08/02/2013 12:00:00", "2013-08-02T12:00:00Z"),
        ("8/2/13 3:04 PM", "2013-08-02T15:04:00Z"),
        ("02-03-2014  00:56:28", "2014-03-02T00:56:28Z"),
        ("12.09.2016", "2016-09-12"),
        // Month names
        ("September 12, 2016", "2016-09-12"),
        ("12 September 2016", "2016-09-12"),
        ("Sept. 12, 2016 3:04 PM EDT", "2016-09-12T19:04:00Z"),
        ("September 12, 2016 3:04 p.m.", "2016-09-12T15:04:00Z"),
        ("Monday, September 12, 2016", "2016-09-12"),
        ("Sep 12 2016 12:00 AM", "2016-09-12T00:00:00Z"),
        ("12th September 2016", "2016-09-12"),
        // asctime, Unix date, Twitter
        ("Mon Sep 12 14:03:05 2016", "2016-09-12T14:03:05Z"),
        ("Mon Sep 12 14:03:05 +0200 2016", "2016-09-12T12:03:05Z"),
        ("Mon Sep 12 14:03:05 EDT 2016", "2016-09-12T18:03:05Z"),
    ])
    func readsDateForms(_ text: String, _ expected: String) throws {
        let date = try #require(DateParser.parse(text))
        #expect(date.iso8601 == expected)
    }

    @Test(arguments: ["2016-09-12", "September 12, 2016", "26-FEB-1987"])
    func dayWithoutTimeKeepsDayPrecision(_ text: String) throws {
        #expect(try #require(DateParser.parse(text)).precision == .day)
    }

    @Test(arguments: [
        "", "yesterday", "Feb 26", "SALVADOR, Feb 26 -", "September 2016", "2016-13-01", "2016-02-30",
        "12:03", "13:00 PM September 12, 2016", "September 12, 2016 and more", "Sep 12 14:03:05",
    ])
    func refusesWhatIsNotADate(_ text: String) {
        #expect(DateParser.parse(text) == nil)
    }

    @Test(arguments: [
        "Mon, 12 Sep 2016 14:03:05 XYZ", "2016-09-12T25:00", "12-SEP-2016 00:02:59.13RM",
        "12-SEP-2016 605:12:19.12", "12-SEP-2016 00:00:00.00    # date added as guesswork",
    ])
    func keepsOnlyTheDayWhenTheTimeCannotBeRead(_ text: String) throws {
        let date = try #require(DateParser.parse(text))
        #expect(date.iso8601 == "2016-09-12")
        #expect(date.precision == .day)
    }

    @Test func findsDateLineNearTheTop() throws {
        let paragraphs = ["A headline", "Published: September 12, 2016", "The story begins here with a sentence."]
        #expect(try #require(DateParser.findDateLine(in: paragraphs)).iso8601 == "2016-09-12")
    }

    @Test func findsBylineWithTime() throws {
        let paragraphs = ["By Jane Doe | Sept. 12, 2016 3:04 PM EDT", "Text."]
        #expect(try #require(DateParser.findDateLine(in: paragraphs)).iso8601 == "2016-09-12T19:04:00Z")
    }

    @Test func ignoresDatesInsideSentences() {
        let paragraphs = [
            "The council said on September 12, 2016 that the plan would go ahead despite the objections of residents.",
            "Nothing else here.",
        ]
        #expect(DateParser.findDateLine(in: paragraphs) == nil)
    }
}
