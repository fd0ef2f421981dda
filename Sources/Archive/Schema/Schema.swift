/// Creates, recognises and migrates the archive's schema.
///
/// A file is an archive when its `application_id` is ours; its `user_version` is the schema
/// version. A file that is neither empty nor an archive, or that a newer version made, is
/// refused before anything is written to it.
enum Schema {
    /// "ARCV": marks an SQLite file as an archive (see https://www.sqlite.org/pragma.html#pragma_application_id).
    static let applicationID = 0x4152_4356
    static let version = 8

    /// schema.sql, as compiled into the binary.
    static var sql: String { String(decoding: PackageResources.schema_sql, as: UTF8.self) }

    /// Migrations from version N-1 to N, for N = 2, 3, …: append only, never edited.
    static let migrations: [@Sendable (Database) throws -> Void] = [MigrationToVersion2.run, MigrationToVersion3.run, MigrationToVersion4.run, MigrationToVersion5.run, MigrationToVersion6.run, MigrationToVersion7.run, MigrationToVersion8.run]

    enum State: Equatable {
        case empty
        case current
        case needsMigration(from: Int)
    }

    private static let inspectSQL = """
        SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version),
               (SELECT count(*) FROM sqlite_schema)
        """

    /// What `database` holds, or an error when it is not an archive this version can use.
    static func inspect(_ database: Database) throws -> State {
        let applicationID: Int
        let userVersion: Int
        let objects: Int
        do {
            // One statement, so one read transaction: read apart, another process creating
            // the schema could commit between the reads (tables seen, application_id not yet).
            (applicationID, userVersion, objects) = try database.statement(Self.inspectSQL).first([]) {
                ($0.int(0), $0.int(1), $0.int(2))
            } ?? (0, 0, 0)
        } catch let error as SQLiteError where error.isNotADatabase {
            throw ArchiveError.notAnArchive(path: database.path, reason: "not an SQLite database")
        } catch let error as SQLiteError where error.isCorrupt {
            throw ArchiveError.notAnArchive(path: database.path, reason: "the database file is corrupt: \(error.message)")
        }
        if applicationID == Self.applicationID {
            if userVersion > version {
                throw ArchiveError.newerSchema(path: database.path, found: userVersion, supported: version)
            }
            return userVersion == version ? .current : .needsMigration(from: userVersion)
        }
        if applicationID == 0, objects == 0 { return .empty }
        throw ArchiveError.notAnArchive(path: database.path, reason: "an SQLite database that another program made")
    }

    /// Brings `database` to the current version: creates the schema in an empty file, runs
    /// pending migrations in an old one.
    static func prepare(_ database: Database) throws {
        let state = try inspect(database)
        guard state != .current else { return }
        if state == .empty {
            // Only possible before the first table: lets a large ingest's merged full-text
            // segments give the pages they free back (see mergeFullTextIndexes). No effect
            // if another process creates the schema first.
            try database.execute("PRAGMA auto_vacuum = INCREMENTAL")
        }
        // Another process (a second ingest started at the same moment) may prepare the file
        // between that look and the write lock: look again holding the lock.
        try database.transaction {
            switch try inspect(database) {
            case .current:
                return
            case .empty:
                try database.execute(sql)
                try database.execute("PRAGMA application_id = \(applicationID)")
                try database.execute("PRAGMA user_version = \(version)")
            case let .needsMigration(from):
                for (offset, migration) in migrations.enumerated() where offset + 2 > from {
                    try migration(database)
                }
                try database.execute("PRAGMA user_version = \(version)")
            }
        }
    }
}
