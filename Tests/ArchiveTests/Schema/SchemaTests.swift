import Foundation
import Testing
@testable import Archive

@Suite("Schema: embedding, versioning, refusing what is not ours")
struct SchemaTests {
    @Test func embeddedSchemaEqualsSchemaFile() throws {
        let file = try Data(contentsOf: packageRoot.appendingPathComponent("schema.sql"))
        #expect(Array(file) == PackageResources.schema_sql, "Sources/Archive/Resources/schema.sql differs from schema.sql: copy it")
    }

    @Test func embeddedSeedsEqualSeedFolder() throws {
        for (name, bytes) in SeedArticles.files {
            let file = try Data(contentsOf: packageRoot.appendingPathComponent("seeds/\(name)"))
            #expect(Array(file) == bytes, "the embedded copy of seeds/\(name) differs")
        }
        let manifest = try Data(contentsOf: packageRoot.appendingPathComponent("seeds/seeds.json"))
        #expect(Array(manifest) == SeedArticles.manifest)
    }

    @Test func newArchiveIsMarkedWithApplicationIDAndVersion() throws {
        let store = try makeStore()
        #expect(try store.database.integer("PRAGMA application_id") == Schema.applicationID)
        #expect(try store.database.integer("PRAGMA user_version") == Schema.version)
    }

    @Test func archiveFromANewerVersionIsRefusedAndLeftUntouched() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("newer.sqlite")
        _ = try ArchiveStore(path: path, access: .write)
        let database = try Database(path: path, mode: .readWrite)
        try database.execute("PRAGMA user_version = \(Schema.version + 1)")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: ArchiveError.newerSchema(path: path, found: Schema.version + 1, supported: Schema.version)) {
            try ArchiveStore(path: path, access: .write)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func sqliteFileOfAnotherProgramIsRefusedAndLeftUntouched() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("other.sqlite")
        try Database(path: path, mode: .readWriteCreate).execute("CREATE TABLE accounts (id INTEGER)")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for access in [ArchiveStore.Access.write, .read] {
            let error = try #require(throws: ArchiveError.self) { try ArchiveStore(path: path, access: access) }
            #expect(error.localizedDescription.contains("is not an archive"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func fileThatIsNotSQLiteIsRefusedAndLeftUntouched() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("notes.sqlite", String(repeating: "just some text, not a database\n", count: 100))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: ArchiveError.notAnArchive(path: path, reason: "not an SQLite database")) {
            try ArchiveStore(path: path, access: .write)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func queryingAMissingArchiveSaysSoAndCreatesNothing() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("missing.sqlite")
        #expect(throws: ArchiveError.noArchive(path: path)) { try ArchiveStore(path: path, access: .read) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func reopeningAnArchiveKeepsItsContent() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("a.sqlite")
        try store(SeedArticles.drafts(), in: ArchiveStore(path: path, access: .write))
        #expect(try ArchiveStore(path: path, access: .read).count("article") == 2)
    }
}
