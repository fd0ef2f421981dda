internal import CSQLite
import Foundation

/// An error reported by SQLite: the extended result code, SQLite's message, and the SQL of
/// the statement (never its bound values, which may be private or huge).
struct SQLiteError: Error, LocalizedError, Equatable {
    let code: Int32
    let message: String
    let sql: String?

    init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    init(code: Int32, connection: OpaquePointer?, sql: String? = nil) {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        self.init(code: code, message: message, sql: sql)
    }

    /// The primary result code (the low byte of the extended one).
    var primaryCode: Int32 { code & 0xFF }

    var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }
    var isConstraint: Bool { primaryCode == SQLITE_CONSTRAINT }
    var isNotADatabase: Bool { primaryCode == SQLITE_NOTADB }
    var isCorrupt: Bool { primaryCode == SQLITE_CORRUPT }
    var isReadOnly: Bool { primaryCode == SQLITE_READONLY }
    var isCannotOpen: Bool { primaryCode == SQLITE_CANTOPEN }

    /// True for errors about one statement's values (a constraint, a value too big), after
    /// which the connection and the file are fine; false for those about the file or the
    /// connection (damage, locking, a full disk, no write permission), which every later
    /// statement would meet too.
    var concernsTheValues: Bool {
        [SQLITE_CONSTRAINT, SQLITE_TOOBIG, SQLITE_MISMATCH, SQLITE_RANGE].contains(primaryCode)
    }

    var errorDescription: String? {
        // Problems with the file itself are told in words, without the SQL, which would not help.
        if isCorrupt || isNotADatabase {
            return "the archive file is damaged (SQLite: \(message)); `archive check` lists what is wrong, and a backup copy can replace it"
        }
        if isBusy {
            return "the archive is locked by another program (SQLite: \(message)); try again when it has finished"
        }
        if isReadOnly {
            return "the archive cannot be written (SQLite: \(message)); check the permissions of the file and its folder"
        }
        if isCannotOpen {
            return "cannot open the archive file (SQLite: \(message)); check that its folder exists and can be written"
        }
        if primaryCode == SQLITE_FULL {
            return "the disk is full (SQLite: \(message)); nothing of the failed step was stored"
        }
        var text = "SQLite error \(code): \(message)"
        if let sql { text += " (in `\(sql.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " "))`)" }
        return text
    }
}
