import Foundation

/// An open archive file: the one way into the database for everything above the SQLite layer.
///
/// Not Sendable: it owns one connection. Open one per thread.
public final class ArchiveStore {
    public enum Access: Sendable {
        /// Queries only; the file must already be an archive.
        case read
        /// Ingest: the file is created (with its schema) when it does not exist.
        case write
    }

    public let path: String
    let database: Database
    /// Copies the write-ahead log into the file while a writing store goes on; nil for reads.
    private var checkpoint: BackgroundCheckpoint?

    public convenience init(path: String, access: Access) throws {
        try self.init(path: path, access: access, checkpointPages: Self.checkpointPages)
    }

    /// `checkpointPages`: how long the write-ahead log may grow before it is copied into the
    /// file; tests make it short.
    init(path: String, access: Access, checkpointPages: Int) throws {
        self.path = path
        switch access {
        case .write:
            database = try Self.open(path, mode: .readWriteCreate)
            // SQLite opens a file it cannot write read-only without a word: say so before anything fails on it.
            guard !database.isReadOnly else {
                throw ArchiveError.storage("cannot write \(path): the file or its folder is read-only (searches can still read it)")
            }
            try Schema.prepare(database)
            // WAL lets searches read while an ingest writes; NORMAL sync is safe with WAL
            // (a power cut may lose the last commits, never corrupt the file).
            // The pragma answers with the mode now in force: an archive in memory keeps no log.
            let journal = try database.statement("PRAGMA journal_mode = WAL").first([], { $0.text(0) })
            try database.execute("PRAGMA synchronous = NORMAL")
            try database.execute("PRAGMA cache_size = -\(Self.writeCacheKiB)")
            if journal == "wal" {
                let checkpoint = try BackgroundCheckpoint(path: path)
                database.onCommit { frames in
                    if frames >= checkpointPages { checkpoint.start() }
                }
                self.checkpoint = checkpoint
            }
        case .read:
            guard FileManager.default.fileExists(atPath: path) else { throw ArchiveError.noArchive(path: path) }
            var opened = try Self.open(path, mode: .readWrite, fallbackToReadOnly: true)
            let state: Schema.State
            do {
                state = try Schema.inspect(opened)
            } catch let error as SQLiteError where error.isCannotOpen || error.isReadOnly {
                // A WAL archive in a folder that cannot be written: SQLite cannot make the
                // `-shm` file a reader needs. Nothing can write there either, so the file
                // cannot change while it is read.
                opened = try Database(path: path, mode: .immutable)
                state = try Schema.inspect(opened)
            }
            switch state {
            case .current:
                break
            case .empty:
                throw ArchiveError.noArchive(path: path)
            case .needsMigration:
                guard !opened.isReadOnly else {
                    throw ArchiveError.storage("\(path) needs upgrading to this version's schema, but it is read-only")
                }
                try Schema.prepare(opened)
                opened = try Self.open(path, mode: .readWrite, fallbackToReadOnly: true)
            }
            database = opened
        }
    }

    deinit {
        checkpoint?.close()
    }

    /// WAL pages between checkpoints (`BackgroundCheckpoint`). A checkpoint copies the WAL's
    /// pages into the file and syncs it: at SQLite's default of 1,000 pages, a large ingest
    /// checkpointed every 4 MB, writing its busiest pages (index roots, the newest leaves)
    /// again each time. In a large archive one batch dirties some 19,000 pages of randomly
    /// keyed indexes, so at 16,384 pages every batch was checkpointed alone; at 65,536 (a WAL
    /// of some 300 MB while an ingest runs, removed when it ends) a page several batches
    /// changed is copied once. The 16× benchmark corpus: 11.2 → 10.2 M page writes, 7.6 → 6.7 M
    /// page reads, 409 → 145 syncs, 347 → 326 s of CPU (perf stat); at 4× and 1× within the
    /// noise.
    static let checkpointPages = 65_536

    /// The page cache of a writing connection, in KiB. SQLite's default, 2 MB, is smaller than
    /// the pages one ingest batch dirties: they spilled into the WAL before the commit and were
    /// read back. The benchmark's 1× synthetic corpus: 570 K page reads and 579 K page writes
    /// with batches of 256 and 2 MB; 36 K and 153 K with batches of 1,024 and 32 MB (system time
    /// 1.8 → 0.5 s).
    static let writeCacheKiB = 32_768

    private static func open(_ path: String, mode: Database.Mode, fallbackToReadOnly: Bool = false) throws -> Database {
        do {
            let database = try Database(path: path, mode: mode)
            return database
        } catch let error as SQLiteError where fallbackToReadOnly && (error.isReadOnly || error.isCannotOpen) {
            return try Database(path: path, mode: .readOnly)
        } catch let error as SQLiteError where error.isCannotOpen {
            throw ArchiveError.storage("cannot open \(path): \(error.message)")
        }
    }

    /// Runs `body` in one write transaction; everything in it is stored or nothing is.
    public func writeBatch<T>(_ body: () throws -> T) throws -> T {
        // A copy of the log that is still under way would keep SQLite from starting the log
        // again at this transaction; it would grow, and every read search it.
        checkpoint?.waitUntilDone()
        return try database.transaction(body)
    }
}
