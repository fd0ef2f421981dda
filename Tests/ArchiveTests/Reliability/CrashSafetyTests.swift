import Foundation
import Testing
@testable import Archive

/// An ingest killed at any moment (SIGKILL: no cleanup runs, as in a crash or a power cut)
/// leaves an archive that opens, passes every integrity check, and that the same ingest run
/// again completes with every article once. Scripts/crash-test does the same on a larger input.
@Suite("Crash safety: an ingest killed at any point", .serialized)
struct CrashSafetyTests {
    static let articles = 2_000

    @Test(arguments: [1, 300, 900, 1_700])
    func ingestKilledAfterSomeArticlesLeavesASoundArchiveThatReingestingCompletes(killAfter: Int) throws {
        let folder = try TemporaryFolder()
        let database = folder.path("archive.sqlite")
        let input = try folder.write("articles.jsonl", GeneratedInput.jsonLines(count: Self.articles))
        _ = try ArchiveStore(path: database, access: .write)

        let ingest = try BackgroundArchive(["ingest", "--db", database, input], in: folder.url)
        let watcher = try ArchiveStore(path: database, access: .read)
        while ingest.isRunning, try watcher.count("article") < killAfter { sleep(milliseconds: 5) }
        ingest.killHard()

        let killed = try ArchiveContents(path: database)
        #expect(killed.problems.isEmpty, "\(killed.problems)")
        #expect(killed.articles == killed.origins)

        let rerun = try CommandRunner(folder: folder.url).run(wrapping: [], ["ingest", "--db", database, input])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let final = try ArchiveContents(path: database)
        #expect(final.problems.isEmpty)
        #expect(final.articles == Self.articles)
        #expect(final.origins == Self.articles)
        #expect(final.distinctTitles == Self.articles)
    }
}
