import Testing
@testable import Archive

/// A paragraph's id is its article's id × 1,024 + its ordinal: search learns both from the
/// full-text index's rowids alone, and an article's paragraphs are one range of ids.
@Suite("Paragraph ids")
struct ParagraphIDTests {
    @Test func anIdCarriesTheArticleAndTheOrdinal() {
        let id = ParagraphID.of(article: 7, ordinal: 3)
        #expect(id == 7 * 1024 + 3)
        #expect(ParagraphID.article(of: id) == 7)
        #expect(ParagraphID.ordinal(of: id) == 3)
        #expect(ParagraphID.range(ofArticle: 7) == 7168...8191)
    }

    @Test func theSchemaComputesTheSameArticleAndOrdinal() throws {
        let archive = try makeStore()
        try store([
            ArticleDraft(origin: "a.txt", title: "Harbour", paragraphs: ["The harbour reopened.", "Ships came in."]),
            ArticleDraft(origin: "b.txt", title: "Rail", paragraphs: ["The line closed.", "Buses ran.", "Trains came back."]),
        ], in: archive)
        let rows = try archive.database.statement("SELECT id, article_id, ordinal FROM paragraph ORDER BY id").rows {
            ($0.int64(0), $0.int(1), $0.int(2))
        }
        #expect(rows.count == 5)
        for (id, article, ordinal) in rows {
            #expect(ParagraphID.of(article: article, ordinal: ordinal) == id)
        }
        #expect(rows.map(\.1) == [1, 1, 2, 2, 2])
        #expect(rows.map(\.2) == [0, 1, 0, 1, 2])
    }

    @Test func upTo1024ParagraphsAreKeptAsTheyAre() {
        let paragraphs = (0..<1024).map { "Paragraph \($0)." }
        #expect(ParagraphID.fitted(paragraphs) == paragraphs)
    }

    @Test func paragraphsPastThe1024thAreJoinedIntoIt() {
        let paragraphs = (0..<1030).map { "Paragraph \($0)." }
        let fitted = ParagraphID.fitted(paragraphs)
        #expect(fitted.count == 1024)
        #expect(fitted[1022] == "Paragraph 1022.")
        #expect(fitted[1023] == (1023..<1030).map { "Paragraph \($0)." }.joined(separator: " "))
    }

    @Test func aVeryLongTextIsStoredWholeAndItsLastWordsAreFound() throws {
        let archive = try makeStore()
        var paragraphs = (0..<1100).map { "Entry number \($0) of the log." }
        paragraphs[1099] = "The zeppelin landed at last."
        try store([ArticleDraft(origin: "log.txt", title: "A long log", paragraphs: paragraphs)], in: archive)
        #expect(try archive.count("paragraph") == 1024)
        let hit = try #require(try archive.search(SearchRequest(text: .query(SearchQuery.parse("zeppelin")))).hits.first)
        #expect(hit.matches.map(\.paragraph) == [1023])
        #expect(try archive.checkProblems() == [])
    }
}
