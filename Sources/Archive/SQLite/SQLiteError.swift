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

    var errorDescription: String? {
        var text = "SQLite error \(code): \(message)"
        if let sql { text += " (in `\(sql.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " "))`)" }
        return text
    }
}
