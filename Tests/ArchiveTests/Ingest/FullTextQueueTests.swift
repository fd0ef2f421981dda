import Testing
@testable import Archive

/// A batch's new rows reach the full-text indexes together, at its end: one index segment per
/// batch whatever happens in between, and rows the batch itself replaces or deletes are
/// indexed before they go (FTS5 can only delete what it indexed).
@Suite("Full-text rows queued to the end of a batch")
struct FullTextQueueTests {
    private static func article(_ origin: String, _ text: String, people: [String] = []) -> PreparedArticle {
        PreparedArticle(ExtractedArticle(
            article: ArticleDraft(origin: origin, title: "Report from \(origin)", paragraphs: [text]),
            entities: people.map { EntityMention(text: $0, kind: .person, name: $0, paragraph: 0, start: 0, end: $0.unicodeScalars.count) }))
    }

    private static func segments(_ index: String, in archive: ArchiveStore) throws -> Int {
        try archive.database.integer("SELECT count(DISTINCT segid) FROM \(index)_idx") ?? 0
    }

    private static func search(_ words: String, in archive: ArchiveStore) throws -> Int {
        try archive.search(SearchRequest(text: .query(SearchQuery.parse(words)))).total
    }

    @Test func aBatchInWhichAFullNameAbsorbsABareSurnameIsOneSegmentPerIndex() throws {
        let archive = try makeStore()
        let writer = ArticleWriter(store: archive)
        _ = try archive.writeBatch {
            try writer.store([
                Self.article("1.txt", "Baker spoke first about the harbour.", people: ["Baker"]),
                // Moving Baker's rows to James Baker runs statements that open savepoints.
                Self.article("2.txt", "James Baker spoke again about the harbour.", people: ["James Baker"]),
                Self.article("3.txt", "The harbour reopened on Monday."),
            ])
        }
        #expect(try archive.database.statement("SELECT name FROM entity").rows { $0.text(0) } == ["James Baker"])
        #expect(try Self.segments("paragraph_fts", in: archive) == 1)
        #expect(try Self.segments("article_fts", in: archive) == 1)
        #expect(try Self.search("harbour", in: archive) == 3)
        #expect(try archive.checkProblems() == [])
    }

    @Test func anArticleReplacedInItsOwnBatchIsIndexedAsItEnds() throws {
        let archive = try makeStore()
        let writer = ArticleWriter(store: archive)
        let outcomes = try archive.writeBatch {
            try writer.store([
                Self.article("report.txt", "The first draft mentions lighthouses."),
                Self.article("report.txt", "The final text mentions ferries instead."),
            ])
        }
        #expect(outcomes.map(\.articleID) == [1, 1])
        #expect(try Self.search("lighthouses", in: archive) == 0)
        #expect(try Self.search("ferries", in: archive) == 1)
        #expect(try archive.checkProblems() == [])
    }

    @Test func anArticleLeftWithoutOriginInItsOwnBatchIsDeletedCleanly() throws {
        let archive = try makeStore()
        let writer = ArticleWriter(store: archive)
        _ = try archive.writeBatch {
            try writer.store([
                Self.article("wire.txt", "Grain exports resumed through the corridor."),
                Self.article("local.txt", "A first version about tugboats."),
                // local.txt now holds wire.txt's text: its first version has no origin left.
                Self.article("local.txt", "Grain exports resumed through the corridor."),
            ])
        }
        #expect(try archive.count("article") == 1)
        #expect(try Self.search("tugboats", in: archive) == 0)
        #expect(try archive.checkProblems() == [])
    }
}
