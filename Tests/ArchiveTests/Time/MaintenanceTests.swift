import Testing
@testable import Archive

@Suite("check, repair and optimize")
struct MaintenanceTests {
    private let archive: ArchiveStore

    init() throws {
        archive = try makeStore()
        try store(SeedArticles.drafts(), in: archive)
    }

    @Test func aSoundArchiveHasNoProblems() throws {
        #expect(try archive.checkProblems() == [])
    }

    @Test func aParagraphTheIndexMissedIsFoundAndRepaired() throws {
        // Only the store adds rows to the index: one inserted by hand is missed.
        try archive.database.statement("INSERT INTO paragraph (id, text) VALUES (1 * 1024 + 99, 'unindexed words')").run()
        let problems = try archive.checkProblems()
        #expect(problems.contains { $0.hasPrefix("paragraph_fts:") }, "FTS5's own check compares the index with its table")
        #expect(problems.contains("paragraph_fts indexes 21 rows but paragraph has 22; `archive check --repair` rebuilds it"))
        try archive.rebuildFullTextIndexes()
        #expect(try archive.checkProblems() == [])
        let results = try archive.search(SearchRequest(text: .query(try SearchQuery.parse("unindexed"))))
        #expect(results.total == 1)
    }

    @Test func anIndexEntryForAGoneRowIsFound() throws {
        try archive.database.execute("DROP TRIGGER quote_fts_delete")
        try archive.database.execute("INSERT INTO quote (article_id, kind, text, paragraph, end_paragraph, start_offset, end_offset) VALUES (1, 'direct', 'soon gone', 0, 0, 0, 1)")
        try archive.database.execute("INSERT INTO quote_fts (rowid, text) VALUES (last_insert_rowid(), 'soon gone')")
        try archive.database.execute("DELETE FROM quote")
        #expect(!(try archive.checkProblems()).isEmpty)
        try archive.rebuildFullTextIndexes()
        #expect(try archive.checkProblems() == [])
    }

    @Test func anArticleWithNoOriginIsAProblem() throws {
        try archive.database.execute("DELETE FROM article_input WHERE article_id = 2")
        #expect(try archive.checkProblems() == ["1 article with no origin"])
    }

    @Test func aParagraphWhoseArticleIsGoneIsAProblem() throws {
        try archive.database.execute("INSERT INTO paragraph (id, text) VALUES (999 * 1024, 'left behind')")
        try archive.rebuildFullTextIndexes()
        #expect(try archive.checkProblems() == ["1 article gone but still with paragraphs"])
    }

    @Test func deletingAnArticleDeletesItsParagraphs() throws {
        let before = try archive.database.integer("SELECT count(*) FROM paragraph WHERE article_id = 2") ?? 0
        #expect(before > 0)
        try archive.database.execute("DELETE FROM article WHERE id = 2")
        #expect(try archive.database.integer("SELECT count(*) FROM paragraph WHERE article_id = 2") == 0)
        #expect(try archive.checkProblems().allSatisfy { !$0.contains("paragraph") })
    }

    @Test func aMalformedDateIsAProblem() throws {
        try archive.database.execute("UPDATE article SET published = '18/08/2025' WHERE id = 2")
        #expect(try archive.checkProblems().contains { $0.contains("published date") })
    }

    @Test func optimizeLeavesEverythingFindable() throws {
        try archive.optimize()
        #expect(try archive.checkProblems() == [])
        #expect(try archive.search(SearchRequest(text: .query(try SearchQuery.parse("security guarantees")))).total == 2)
    }
}
