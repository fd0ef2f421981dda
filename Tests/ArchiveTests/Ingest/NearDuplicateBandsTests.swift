import Foundation
import Testing
@testable import Archive

/// New near-duplicate bands wait in a small table and move into the large one in key order
/// when it is full (schema.sql, `article_band_recent`). Wherever an article's bands are, its
/// copies find its story, and nothing is lost or counted twice on the way.
@Suite("Near-duplicate bands, recent and moved")
struct NearDuplicateBandsTests {
    /// Eight paragraphs of words no other story shares: `number` picks the story.
    private static func story(_ number: Int) -> [String] {
        (0..<8).map { paragraph in
            (0..<25).map { "s\(number)w" + String(($0 &* 7_919 &+ paragraph &* 104_729) % 999_983, radix: 36) }
                .joined(separator: " ") + "."
        }
    }

    private static func draft(_ origin: String, story number: Int, byline: String = "") -> ArticleDraft {
        ArticleDraft(origin: origin, title: "Story \(number)", paragraphs: story(number) + ["Reporting by \(byline)correspondents."])
    }

    private func bands(_ archive: ArchiveStore) throws -> (moved: Int, recent: Int) {
        (try archive.count("article_band"), try archive.count("article_band_recent"))
    }

    @Test func newBandsStayInTheRecentTableUntilItHoldsTheLimit() throws {
        let archive = try makeStore()
        try store((0..<3).map { Self.draft("\($0).txt", story: $0) }, in: archive)
        #expect(try bands(archive) == (0, 3 * MinHash.bands))

        let index = NearDuplicateIndex(database: archive.database, recentLimit: 3 * MinHash.bands + 1)
        #expect(try index.mergeRecentBandsIfFull() == false)
        #expect(try bands(archive) == (0, 3 * MinHash.bands))

        try store([Self.draft("3.txt", story: 3)], in: archive)
        #expect(try index.mergeRecentBandsIfFull())
        #expect(try bands(archive) == (4 * MinHash.bands, 0), "all of them moved, none lost")
        #expect(try archive.checkProblems() == [])
    }

    @Test func theWriterMovesThemAtTheEndOfTheBatchThatReachesTheLimit() throws {
        let archive = try makeStore()
        let writer = ArticleWriter(store: archive, recentBandLimit: 3 * MinHash.bands)
        let extractor = ArticleExtractor()
        func write(_ numbers: Range<Int>) throws {
            let batch = numbers.map { PreparedArticle(extractor.extract(Self.draft("\($0).txt", story: $0).normalized())) }
            _ = try archive.writeBatch { try writer.store(batch) }
        }
        try write(0..<2)
        #expect(try bands(archive) == (0, 2 * MinHash.bands))
        try write(2..<4)
        #expect(try bands(archive) == (4 * MinHash.bands, 0))
        try write(4..<5)
        #expect(try bands(archive) == (4 * MinHash.bands, MinHash.bands))
    }

    @Test func copiesFindTheirStoryInEitherTable() throws {
        let archive = try makeStore()
        try store([Self.draft("moved.txt", story: 1)], in: archive)
        try NearDuplicateIndex(database: archive.database, recentLimit: 1).mergeRecentBandsIfFull()
        try store([Self.draft("recent.txt", story: 2)], in: archive)
        #expect(try bands(archive) == (MinHash.bands, MinHash.bands))

        try store([Self.draft("copy-of-moved.txt", story: 1, byline: "other "),
                   Self.draft("copy-of-recent.txt", story: 2, byline: "other ")], in: archive)
        let stories = try archive.database.statement("SELECT story_id FROM article ORDER BY id").rows { $0.int(0) }
        #expect(stories.count == 4)
        #expect(stories[2] == stories[0], "the copy of the article whose bands moved")
        #expect(stories[3] == stories[1], "the copy of the article whose bands are recent")
        #expect(stories[0] != stories[1])
    }
}
