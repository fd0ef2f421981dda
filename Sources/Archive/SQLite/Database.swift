internal import CSQLite

/// One connection to an SQLite database file.
///
/// Opened with extended result codes, foreign keys on and a busy timeout, after checking that
/// the linked SQLite is new enough and has FTS5. Statements are prepared once and cached by
/// their SQL. Not Sendable: a connection belongs to one thread at a time.
final class Database {
    enum Mode {
        case readOnly
        /// Read-only, and trusted not to change while open: SQLite takes no locks and needs no
        /// `-shm` file, so a WAL archive in a read-only folder or mount can be read. Only for
        /// files nothing can write (https://www.sqlite.org/uri.html#uriimmutable).
        case immutable
        case readWrite
        case readWriteCreate
    }

    /// RETURNING and the FTS5 features the schema uses need 3.35 or later.
    static let minimumVersion: Int32 = 3_035_000
    static let busyTimeoutMilliseconds: Int32 = 10_000

    let path: String
    let mode: Mode
    private let connection: OpaquePointer
    private var cache: [String: Statement] = [:]
    private var ranks: Set<String> = []
    /// The handler `onCommit(_:)` installed, retained for as long as SQLite may call it.
    private var commitHandler: Unmanaged<CommitHandler>?

    init(path: String, mode: Mode) throws {
        guard sqlite3_libversion_number() >= Self.minimumVersion else {
            throw ArchiveError.sqliteTooOld(found: String(cString: sqlite3_libversion()), needed: "3.35")
        }
        guard sqlite3_compileoption_used("ENABLE_FTS5") == 1 else {
            throw ArchiveError.noFullTextSearch(version: String(cString: sqlite3_libversion()))
        }
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        var name = path
        switch mode {
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .immutable:
            flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
            name = "file:" + Self.uriPath(path) + "?immutable=1"
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        }
        var handle: OpaquePointer?
        let code = sqlite3_open_v2(name, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let error = SQLiteError(code: code, connection: handle)
            sqlite3_close_v2(handle)
            throw error
        }
        self.path = path
        self.mode = mode
        self.connection = handle
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, Self.busyTimeoutMilliseconds)
        try execute("PRAGMA foreign_keys = ON")
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(connection)
        commitHandler?.release()
    }

    /// Runs SQL that binds nothing and returns no rows, such as the schema script. Only for
    /// constant SQL: values always go through `statement(_:)` and bound parameters.
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(connection, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(message)
            throw SQLiteError(code: sqlite3_extended_errcode(connection), message: text, sql: sql)
        }
    }

    /// The cached prepared statement for `sql`, prepared on first use.
    func statement(_ sql: String) throws -> Statement {
        if let cached = cache[sql] { return cached }
        let statement = try Statement(sql: sql, connection: connection)
        cache[sql] = statement
        return statement
    }

    /// Makes `rank`'s function callable on this connection (once; later calls do nothing).
    func register(_ rank: FullTextRank) throws {
        guard !ranks.contains(rank.table) else { return }
        try rank.register(on: connection)
        ranks.insert(rank.table)
    }

    /// A single integer from a query such as a PRAGMA; nil when it returns no row.
    func integer(_ sql: String, _ values: SQLValue...) throws -> Int? {
        try statement(sql).first(values) { $0.int(0) }
    }

    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(connection) }

    var changes: Int { Int(sqlite3_changes64(connection)) }

    /// Whether SQLite opened the file read-only (asked for, or forced by file permissions).
    var isReadOnly: Bool { sqlite3_db_readonly(connection, "main") == 1 }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws,
    /// and the body's own error rethrown (a failed rollback never hides it).
    ///
    /// IMMEDIATE takes the write lock at the start, so a busy database waits on the busy timeout
    /// here rather than failing half-way through.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        let result: T
        do {
            result = try body()
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
        do {
            try execute("COMMIT")
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
        return result
    }

    /// Calls `handler` after every commit to the write-ahead log, on the committing thread, with
    /// the number of frames the log holds. It replaces SQLite's automatic checkpoint, which is
    /// installed the same way (`PRAGMA wal_autocheckpoint` puts that back); nil removes both.
    /// The handler must not use this connection.
    func onCommit(_ handler: ((Int) -> Void)?) {
        let previous = commitHandler
        commitHandler = handler.map { Unmanaged.passRetained(CommitHandler($0)) }
        if let commitHandler {
            sqlite3_wal_hook(connection, { context, _, _, frames in
                Unmanaged<CommitHandler>.fromOpaque(context!).takeUnretainedValue().call(Int(frames))
                return SQLITE_OK
            }, commitHandler.toOpaque())
        } else {
            sqlite3_wal_hook(connection, nil, nil)
        }
        previous?.release()
    }

    private final class CommitHandler {
        let call: (Int) -> Void
        init(_ call: @escaping (Int) -> Void) { self.call = call }
    }

    /// Copies what the write-ahead log holds into the database file without waiting for any
    /// lock: writers go on appending to the log meanwhile, and what they add is left for the
    /// next checkpoint. Returns the log's frames and how many of them the file now has.
    @discardableResult
    func checkpointPassively() throws -> (frames: Int, copied: Int) {
        var frames: Int32 = 0
        var copied: Int32 = 0
        let code = sqlite3_wal_checkpoint_v2(connection, "main", SQLITE_CHECKPOINT_PASSIVE, &frames, &copied)
        guard code == SQLITE_OK else { throw SQLiteError(code: code, connection: connection) }
        return (Int(frames), Int(copied))
    }

    /// `path` with the characters a URI gives meaning to (`%`, `?`, `#`) escaped.
    private static func uriPath(_ path: String) -> String {
        var escaped = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "%": escaped += "%25"
            case "?": escaped += "%3F"
            case "#": escaped += "%23"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// The SQLite library's version, e.g. "3.40.1".
    static var libraryVersion: String { String(cString: sqlite3_libversion()) }
}
