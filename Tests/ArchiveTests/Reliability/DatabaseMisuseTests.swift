import Foundation
import Testing
@testable import Archive

/// A damaged archive is refused with a message that says so, and the file is left as it was.
/// (A file of another program and one from a newer version: SchemaTests.)
@Suite("Damaged archive files")
struct DatabaseMisuseTests {
    private let folder: TemporaryFolder
    private let archive: CommandRunner

    init() throws {
        folder = try TemporaryFolder()
        archive = CommandRunner(folder: folder.url)
    }

    /// An archive of `count` articles with the page that holds `table`'s root overwritten.
    private func archive(corrupting table: String, articles count: Int = 300) throws -> String {
        let path = folder.path("damaged.sqlite")
        let input = try folder.write("articles.jsonl", GeneratedInput.jsonLines(count: count))
        let created = try archive.run(wrapping: [], ["ingest", "--db", path, input])
        try #require(created.status == 0)
        let (page, size) = try {
            let database = try Database(path: path, mode: .readOnly)
            // The schema table is not listed in itself: its root is always page 1.
            let page = table == "sqlite_schema" ? 1
                : try #require(try database.integer("SELECT rootpage FROM sqlite_schema WHERE name = ?", .text(table)))
            return (page, try #require(try database.integer("PRAGMA page_size")))
        }()
        // Page 1 opens with the 100-byte file header, kept so that the file is still SQLite's.
        let start = page == 1 ? 100 : 0
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try handle.seek(toOffset: UInt64((page - 1) * size + start))
        handle.write(Data(repeating: 0xA5, count: size - start))
        try handle.close()
        return path
    }

    @Test func corruptedSchemaPageIsRefusedAndLeftUntouched() throws {
        let path = try archive(corrupting: "sqlite_schema")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for arguments in [["ingest", "--db", path], ["search", "--db", path, "harbour"]] {
            let result = try archive.run(wrapping: [], arguments)
            #expect(result.status == 1)
            #expect(result.stderr.contains("is not an archive (the database file is corrupt"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test(arguments: ["article", "paragraph_fts_data"])
    func corruptedDataPageStopsSearchWithAPlainMessage(table: String) throws {
        let path = try archive(corrupting: table)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try archive.run(wrapping: [], ["search", "--db", path, "harbour council"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is damaged"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func corruptedDataPageStopsIngestInOneLineAndChangesNothing() throws {
        let path = try archive(corrupting: "article")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let input = try folder.write("more.jsonl", GeneratedInput.jsonLines(count: 20, first: 5_000))
        let result = try archive.run(wrapping: [], ["ingest", "--db", path, input])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is damaged"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test(arguments: ["paragraph", "article_input_article"])
    func integrityProblemsNameTheDamageRatherThanThrow(table: String) throws {
        let path = try archive(corrupting: table)
        let store = try ArchiveStore(path: path, access: .read)
        #expect(try !store.integrityProblems().isEmpty)
    }
}
