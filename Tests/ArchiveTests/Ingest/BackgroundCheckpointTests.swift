import Foundation
import Testing
@testable import Archive

/// A writing store copies its write-ahead log into the file on a connection of its own
/// (`BackgroundCheckpoint`), and the next batch waits for that copy, so that SQLite starts the
/// log again from its beginning: the log stays as long as a batch or so, however many batches
/// an ingest writes, and nothing written is lost on the way.
@Suite("Checkpoints in the background")
struct BackgroundCheckpointTests {
    private static func walDatabase(_ folder: TemporaryFolder) throws -> Database {
        let database = try Database(path: folder.path("archive.sqlite"), mode: .readWriteCreate)
        try database.execute("PRAGMA journal_mode = WAL")
        try database.execute("CREATE TABLE t (x)")
        return database
    }

    @Test func theCommitHandlerHearsTheLogsLengthAfterEachCommitUntilRemoved() throws {
        let folder = try TemporaryFolder()
        let database = try Self.walDatabase(folder)
        var heard: [Int] = []
        database.onCommit { heard.append($0) }
        try database.execute("INSERT INTO t VALUES (1)")
        try database.execute("INSERT INTO t VALUES (zeroblob(20000))")
        try #require(heard.count == 2)
        #expect(heard[1] > heard[0], "\(heard)")

        database.onCommit(nil)
        try database.execute("INSERT INTO t VALUES (3)")
        #expect(heard.count == 2)
    }

    @Test func aPassiveCheckpointOnAnotherConnectionCopiesTheWholeLog() throws {
        let folder = try TemporaryFolder()
        let writer = try Self.walDatabase(folder)
        writer.onCommit { _ in }  // no automatic checkpoint
        try writer.execute("INSERT INTO t VALUES (zeroblob(50000))")
        let other = try Database(path: folder.path("archive.sqlite"), mode: .readWrite)
        _ = try other.integer("PRAGMA schema_version")  // as BackgroundCheckpoint does: now it knows of the log
        let (frames, copied) = try other.checkpointPassively()
        #expect(frames > 10)
        #expect(copied == frames)
    }

    /// Eight paragraphs of words no other article shares.
    private static func draft(_ number: Int) -> ArticleDraft {
        let paragraphs = (0..<8).map { paragraph in
            (0..<30).map { "a\(number)p\(paragraph)w\($0)" }.joined(separator: " ") + "."
        }
        return ArticleDraft(origin: "\(number).txt", title: "Article \(number)", paragraphs: paragraphs)
    }

    /// Writes `batches` batches of 40 articles; returns the log's size in bytes after each.
    private static func logSizes(checkpointPages: Int, batches: Int, in folder: TemporaryFolder) throws -> [Int] {
        let path = folder.path("archive.sqlite")
        let archive = try ArchiveStore(path: path, access: .write, checkpointPages: checkpointPages)
        var sizes: [Int] = []
        for batch in 0..<batches {
            try store((0..<40).map { draft(batch * 40 + $0) }, in: archive)
            let attributes = try FileManager.default.attributesOfItem(atPath: path + "-wal")
            sizes.append((attributes[.size] as? NSNumber)?.intValue ?? 0)
        }
        #expect(try archive.count("article") == batches * 40)
        #expect(try archive.checkProblems() == [])
        return sizes
    }

    @Test func theLogStartsAgainAfterEachCopyInsteadOfGrowing() throws {
        let copied = try Self.logSizes(checkpointPages: 1, batches: 6, in: try TemporaryFolder())
        let kept = try Self.logSizes(checkpointPages: Int.max, batches: 6, in: try TemporaryFolder())
        #expect(kept.last! > 4 * kept.first!, "without checkpoints the log holds every batch: \(kept)")
        #expect(copied.last! < kept.last! / 2, "copied \(copied), kept \(kept)")
    }

    @Test func closingTheStoreLeavesEverythingInTheFileAndNoLog() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("archive.sqlite")
        _ = try Self.logSizes(checkpointPages: 1, batches: 3, in: folder)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let reopened = try ArchiveStore(path: path, access: .read)
        #expect(try reopened.count("article") == 120)
        #expect(try reopened.checkProblems() == [])
    }
}
