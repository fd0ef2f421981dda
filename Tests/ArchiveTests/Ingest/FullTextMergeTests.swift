import Foundation
import Testing
@testable import Archive

/// An ingest writes each full-text index in many segments; a query looks its terms up in every
/// one. After an ingest that brought a large share of the archive, each index is merged into
/// one segment and the pages that frees go back to the file system (issue #6).
@Suite("Full-text indexes merged after a large ingest")
struct FullTextMergeTests {
    private static let indexes = ["paragraph_fts", "article_fts", "quote_fts"]

    /// Articles with a quotation each, so that every index has rows.
    private static func articles(_ range: Range<Int>) -> String {
        range.map { n in
            #"{"title": "Harbour report \#(n)", "text": "The harbour master counted \#(n) ships.\n\n“We have never seen \#(n) ships at once,” said Mara Lind."}"#
        }.joined(separator: "\n") + "\n"
    }

    private static func segments(_ index: String, in archive: ArchiveStore) throws -> Int {
        try archive.database.integer("SELECT count(DISTINCT segid) FROM \(index)_idx") ?? 0
    }

    @Test func aLargeIngestLeavesEachIndexInOneSegmentAndNoFreePages() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("harbour.jsonl", Self.articles(0..<40))
        let archive = try ArchiveStore(path: folder.path("archive.sqlite"), access: .write)
        // One transaction per article: without the merge, FTS5 leaves several segments.
        let summary = try IngestPipeline(store: archive, batchSize: 1).ingest(DraftStream(paths: [input]), report: { _ in })
        #expect(summary.ingested == 40)
        for index in Self.indexes {
            #expect(try Self.segments(index, in: archive) == 1, "\(index)")
        }
        #expect(try archive.database.integer("PRAGMA freelist_count") == 0)
        #expect(try archive.checkProblems() == [])
    }

    private static func automerge(_ index: String, in archive: ArchiveStore) throws -> Int? {
        try archive.database.integer("SELECT v FROM \(index)_config WHERE k = 'automerge'")
    }

    @Test func eachIndexMergesSixteenSegmentsAtATime() throws {
        let folder = try TemporaryFolder()
        let archive = try ArchiveStore(path: folder.path("archive.sqlite"), access: .write)
        for index in Self.indexes {
            #expect(try Self.automerge(index, in: archive) == 16, "\(index)")
        }
    }

    @Test func smallIngestsPileUpToSixteenSegmentsBeforeFTS5MergesThem() throws {
        let folder = try TemporaryFolder()
        let archive = try ArchiveStore(path: folder.path("archive.sqlite"), access: .write)
        // FTS5 merges as leaf pages are written (some every 64): tiny leaves make these small
        // segments count as large ones do.
        try archive.database.execute("INSERT INTO paragraph_fts (paragraph_fts, rank) VALUES ('pgsz', 64)")
        let first = try folder.write("first.jsonl", Self.articles(0..<100))
        _ = try IngestPipeline(store: archive).ingest(DraftStream(paths: [first]), report: { _ in })
        // Each of these is a batch of its own, too small a share of the archive to merge after.
        var counts: [Int] = []
        for n in 100..<116 {
            let input = try folder.write("\(n).jsonl", Self.articles(n..<(n + 1)))
            _ = try IngestPipeline(store: archive).ingest(DraftStream(paths: [input]), report: { _ in })
            counts.append(try Self.segments("paragraph_fts", in: archive))
        }
        // With FTS5's default of 4, a merge is under way by the third (checked: [2, 3, 5, 6, 7, …]).
        #expect(counts.prefix(5) == [2, 3, 4, 5, 6])
        #expect(counts.max()! <= 16)
        #expect(counts.last! < counts.max()!, "FTS5 merges once a level holds sixteen")
        #expect(try archive.checkProblems() == [])
    }

    @Test func aSmallIngestIntoALargerArchiveLeavesMergingToFTS5() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write("first.jsonl", Self.articles(0..<40))
        let second = try folder.write("second.jsonl", Self.articles(40..<41))
        let archive = try ArchiveStore(path: folder.path("archive.sqlite"), access: .write)
        _ = try IngestPipeline(store: archive).ingest(DraftStream(paths: [first]), report: { _ in })
        // One article of 41: rewriting the whole index for it would make many small ingests quadratic.
        _ = try IngestPipeline(store: archive).ingest(DraftStream(paths: [second]), report: { _ in })
        #expect(try Self.segments("paragraph_fts", in: archive) > 1)
        #expect(try archive.checkProblems() == [])
    }
}
