import Testing
@testable import Archive

@Suite("JSONFeedReader")
struct JSONFeedReaderTests {
    static let feed = """
    {
      "version": "https://jsonfeed.org/version/1.1",
      "title": "Example JSON Feed",
      "language": "en",
      "authors": [{"name": "Desk"}],
      "items": [
        {"id": "1", "url": "https://json.example/1", "title": "First",
         "content_html": "<p>One.</p><p>Two &amp; three.</p>", "content_text": "ignored",
         "date_published": "2026-03-19T14:30:00+05:00", "authors": [{"name": "Ann"}]},
        {"id": "2", "content_text": "Plain line one.\\n\\nPlain line two.", "date_modified": "2026-03-01T00:00:00Z"}
      ]
    }
    """

    @Test func readsItemsInOrder() throws {
        let reading = try Reading.detected(Self.feed, origin: "feed.json")
        #expect(reading.drafts.map(\.origin) == ["feed.json#1", "feed.json#2"])
    }

    @Test func takesItemFields() throws {
        let first = try #require(try Reading(JSONFeedReader(), Self.feed, origin: "feed.json").drafts.first)
        #expect(first.title == "First")
        #expect(first.url == "https://json.example/1")
        #expect(first.paragraphs == ["One.", "Two & three."])
        #expect(first.published?.iso8601 == "2026-03-19T09:30:00Z")
        #expect(first.authors == ["Ann"])
        #expect(first.source == "Example JSON Feed")
        #expect(first.language == "en")
    }

    @Test func inheritsFeedAuthorsAndSplitsPlainText() throws {
        let second = try Reading(JSONFeedReader(), Self.feed, origin: "feed.json").drafts[1]
        #expect(second.authors == ["Desk"])
        #expect(second.paragraphs == ["Plain line one.", "Plain line two."])
        #expect(second.published?.iso8601 == "2026-03-01T00:00:00Z")
    }
}
