import Foundation
import Testing
@testable import Archive

/// Several processes on one archive file: readers beside a writer, writers beside each other.
@Suite("Concurrent use of one archive", .serialized)
struct ConcurrencyTests {
    private let folder: TemporaryFolder
    private let database: String

    init() throws {
        folder = try TemporaryFolder()
        database = folder.path("archive.sqlite")
    }

    @Test func searchesWhileAnIngestWritesSeeWholeBatchesAndNeverFail() throws {
        let count = 1_500
        let input = try folder.write("articles.jsonl", GeneratedInput.jsonLines(count: count))
        _ = try ArchiveStore(path: database, access: .write) // the schema, so that readers can open it at once
        let ingest = try BackgroundArchive(["ingest", "--db", database, input], in: folder.url)
        var seen: [Int] = []
        while ingest.isRunning {
            let store = try ArchiveStore(path: database, access: .read)
            let results = try store.search(SearchRequest(text: .query(SearchQuery.parse("harbour council")), limit: 1, matchesPerArticle: 1))
            seen.append(results.total)
            sleep(milliseconds: 20)
        }
        let finished = ingest.finish()
        #expect(finished.status == 0, "\(finished.output)")
        // Ingest commits 256 articles at a time: a reader sees whole batches or nothing.
        #expect(seen.allSatisfy { $0 % 256 == 0 || $0 == count }, "\(seen)")
        #expect(seen == seen.sorted())
        #expect(try ArchiveContents(path: database).articles == count)
    }

    @Test func twoIngestsStartedAtOnceIntoANewFileBothFinish() throws {
        let first = try folder.write("first.jsonl", GeneratedInput.jsonLines(count: 600))
        let second = try folder.write("second.jsonl", GeneratedInput.jsonLines(count: 600, first: 600))
        let ingests = try [first, second].map { try BackgroundArchive(["ingest", "--db", database, $0], in: folder.url) }
        for ingest in ingests {
            let finished = ingest.finish()
            #expect(finished.status == 0, "\(finished.output)")
        }
        let contents = try ArchiveContents(path: database)
        #expect(contents.articles == 1_200)
        #expect(contents.origins == 1_200)
        #expect(contents.problems.isEmpty)
    }

    @Test func twoIngestsOfTheSameInputStoreItOnce() throws {
        let input = try folder.write("same.jsonl", GeneratedInput.jsonLines(count: 800))
        _ = try ArchiveStore(path: database, access: .write)
        let ingests = try (0..<2).map { _ in try BackgroundArchive(["ingest", "--db", database, input], in: folder.url) }
        for ingest in ingests {
            let finished = ingest.finish()
            #expect(finished.status == 0, "\(finished.output)")
        }
        let contents = try ArchiveContents(path: database)
        #expect(contents.articles == 800)
        #expect(contents.distinctTitles == 800)
        #expect(contents.problems.isEmpty)
    }
}

/// An archive that cannot be written is still searchable.
@Suite("Read-only archives")
struct ReadOnlyArchiveTests {
    private let folder: TemporaryFolder
    private let database: String

    init() throws {
        folder = try TemporaryFolder()
        database = folder.path("shelf/archive.sqlite")
        try FileManager.default.createDirectory(atPath: folder.path("shelf"), withIntermediateDirectories: true)
        try store(SeedArticles.drafts(), in: ArchiveStore(path: database, access: .write))
    }

    @Test func readOnlyConnectionSearchesAnArchive() throws {
        let store = try ArchiveStore(path: database, access: .read)
        #expect(try store.search(SearchRequest(text: .query(SearchQuery.parse("security guarantees")))).total == 2)
        let connection = try Database(path: database, mode: .readOnly)
        #expect(connection.isReadOnly)
        #expect(try connection.integer("SELECT count(*) FROM article") == 2)
    }

    @Test(.enabled(if: ReadOnlyMount.isAvailable, "needs root and unshare to mount the folder read-only"))
    func archiveInAReadOnlyFolderIsSearchable() throws {
        let result = try ReadOnlyMount.run(["search", "--db", database, "security guarantees"], readOnly: folder.url.appendingPathComponent("shelf"), in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("1–2 of 2 matching articles"))
    }

    @Test(.enabled(if: ReadOnlyMount.isAvailable, "needs root and unshare to mount the folder read-only"))
    func ingestIntoAReadOnlyFolderFailsInOneLineAndChangesNothing() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let input = try folder.write("new.txt", GeneratedInput.article("glacier"))
        let result = try ReadOnlyMount.run(["ingest", "--db", database, input], readOnly: folder.url.appendingPathComponent("shelf"), in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("read-only"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }

    @Test(.enabled(if: RestrictedUser.canDropPrivileges, "neither an unprivileged user nor setpriv"))
    func archiveFileWithoutWritePermissionIsSearchable() throws {
        try RestrictedUser.giveFolder(folder.url)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: database)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path("shelf"))
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path("shelf")) }
        let result = try RestrictedUser.run(["search", "--db", database, "security guarantees"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("1–2 of 2 matching articles"))
    }
}
