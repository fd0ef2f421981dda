import Foundation
import Testing
@testable import Archive

@Suite("JSONLinesReader")
struct JSONLinesReaderTests {
    static let newsPlease = """
    {"title": "Cocoa review", "maintext": "Showers continued.\\n\\nThe dry period ends.", "date_publish": "26-FEB-1987 15:01:01.79", "authors": ["A. Writer"], "source_domain": "reuters.com", "language": "en", "url": "https://example.com/cocoa"}
    {"title": "Broken", "maintext": 
    {"headline": "Plain names", "body": "First line.\\nSecond line.", "date": "2016-09-12", "author": "Jane Doe and John Roe", "source": {"name": "Wire"}, "link": "https://example.com/plain"}
    """

    @Test func reportsABadLineWithItsNumberAndReadsTheRest() throws {
        let reading = try Reading(JSONLinesReader(), Self.newsPlease, origin: "news.jsonl")
        #expect(reading.drafts.map(\.origin) == ["news.jsonl#1", "news.jsonl#3"])
        #expect(reading.problems.count == 1)
        #expect(reading.problems.first?.line == 2)
        #expect(reading.problems.first?.origin == "news.jsonl")
    }

    @Test func findsEachLineEndAlsoInASliceOfLargerData() {
        let whole = Data("skip\n{\"a\": 1}\r\n\n{\"b\": 2}".utf8)
        let slice = whole[5...]  // indices start at 5, not 0
        #expect(JSONLinesReader.lineEnd(in: slice, from: 5) == 14)
        #expect(JSONLinesReader.lineEnd(in: slice, from: 15) == 15, "a blank line")
        #expect(JSONLinesReader.lineEnd(in: slice, from: 16) == slice.endIndex, "the last line has no newline")
        #expect(JSONLinesReader.lineEnd(in: Data(), from: 0) == 0)
    }

    @Test func readsNewsPleaseFields() throws {
        let first = try #require(try Reading(JSONLinesReader(), Self.newsPlease, origin: "news.jsonl").drafts.first)
        #expect(first.title == "Cocoa review")
        #expect(first.paragraphs == ["Showers continued.", "The dry period ends."])
        #expect(first.published?.iso8601 == "1987-02-26T15:01:01Z")
        #expect(first.authors == ["A. Writer"])
        #expect(first.source == "reuters.com")
        #expect(first.language == "en")
        #expect(first.url == "https://example.com/cocoa")
    }

    @Test func readsPlainFieldsAndSplitsLinesWithoutBlankLines() throws {
        let last = try #require(try Reading(JSONLinesReader(), Self.newsPlease, origin: "news.jsonl").drafts.last)
        #expect(last.title == "Plain names")
        #expect(last.paragraphs == ["First line.", "Second line."])
        #expect(last.published?.iso8601 == "2016-09-12")
        #expect(last.authors == ["Jane Doe", "John Roe"])
        #expect(last.source == "Wire")
        #expect(last.url == "https://example.com/plain")
    }

    @Test func prefersTheBodyToTheDescription() throws {
        let line = #"{"title": "T", "description": "A teaser.", "text": "The full text."}"#
        let draft = try #require(try Reading(JSONLinesReader(), line, origin: "x.jsonl").drafts.first)
        #expect(draft.paragraphs == ["The full text."])
    }

    @Test func reportsARecordWithoutText() throws {
        let reading = try Reading(JSONLinesReader(), #"{"id": 7, "tags": []}"# + "\n" + #"[1, 2]"#, origin: "x.jsonl")
        #expect(reading.drafts.isEmpty)
        #expect(reading.problems.map(\.line) == [1, 2])
    }

    @Test func reportsAnUnreadableDateAndKeepsTheArticle() throws {
        let reading = try Reading(JSONLinesReader(), #"{"title": "T", "text": "x", "date": "soon"}"#, origin: "x.jsonl")
        #expect(reading.drafts.count == 1)
        #expect(reading.drafts.first?.published == nil)
        #expect(reading.problems.count == 1)
    }

    @Test func extractOutputReadsBackAsItWasWritten() throws {
        let original = ArticleDraft(
            origin: "bbc/tech/001.txt", title: "Phones get smarter", authors: ["Ann Lee", "Bo Chen"],
            published: PublishedDate(year: 2005, month: 3, day: 1, hour: 9, minute: 30),
            source: "BBC", url: "https://bbc.example/1", language: "en",
            paragraphs: ["First paragraph.", "Second \"quoted\" paragraph.\nWith a break."]
        ).normalized()
        let line = ArticleRecord.json(ExtractedArticle(article: original)).serialized
        let reread = try #require(try Reading(JSONLinesReader(), line + "\n", origin: "export.jsonl").drafts.first)
        #expect(reread.normalized() == original)
    }

    @Test func dayDatesSurviveTheRoundTrip() throws {
        let original = ArticleDraft(origin: "a.txt", title: "T", published: PublishedDate(year: 2016, month: 9, day: 12), paragraphs: ["P."])
        let line = ArticleRecord.json(ExtractedArticle(article: original)).serialized
        let reread = try #require(try Reading(JSONLinesReader(), line, origin: "export.jsonl").drafts.first)
        #expect(reread.published == original.published)
    }

    @Test func readsAPrettyPrintedDocumentAsJSON() throws {
        let pretty = "{\n  \"articles\": [\n    {\"title\": \"One\", \"text\": \"a\"},\n    {\"title\": \"Two\", \"text\": \"b\"}\n  ]\n}\n"
        let reading = try Reading(JSONLinesReader(), pretty, origin: "dump.jsonl")
        #expect(reading.drafts.map(\.title) == ["One", "Two"])
        #expect(reading.problems.isEmpty)
    }
}

@Suite("JSONRecordsReader")
struct JSONRecordsReaderTests {
    @Test func readsAnArrayWithItemIndexes() throws {
        let json = #"[{"title": "One", "content": "a"}, {"title": "Two", "content": "b"}]"#
        let reading = try Reading.detected(json, origin: "dump.json")
        #expect(reading.drafts.map(\.origin) == ["dump.json#1", "dump.json#2"])
    }

    @Test func reportsAnItemThatIsNotAnObject() throws {
        let reading = try Reading(JSONRecordsReader(), #"[{"title": "One", "text": "a"}, 5]"#, origin: "dump.json")
        #expect(reading.drafts.count == 1)
        #expect(reading.problems.map(\.origin) == ["dump.json#2"])
    }

    @Test func refusesJSONThatIsNotJSON() {
        #expect(throws: InputProblem.self) { try Reading(JSONRecordsReader(), "[{", origin: "bad.json") }
    }

    @Test func turnsAnHTMLBodyIntoParagraphs() throws {
        let json = #"[{"title": "H", "content": "<p>One &amp; two.</p><p>Three.</p>"}]"#
        let draft = try #require(try Reading(JSONRecordsReader(), json, origin: "h.json").drafts.first)
        #expect(draft.paragraphs == ["One & two.", "Three."])
    }

    @Test func keepsAngleBracketsThatAreNotMarkup() throws {
        let json = #"[{"title": "R", "text": "Shares of <Bryson Oil> rose."}]"#
        let draft = try #require(try Reading(JSONRecordsReader(), json, origin: "r.json").drafts.first)
        #expect(draft.paragraphs == ["Shares of <Bryson Oil> rose."])
    }
}
