internal import CSQLite
import Foundation

/// FTS5's bm25 as an auxiliary function of the archive's own, `<table>_bm25(<table>)`: the same
/// formula, constants and order of operations — the same scores, to the bit — with one change,
/// where a row's length in tokens comes from.
///
/// FTS5's bm25 asks `xColumnSize`, which runs a statement on the table's `_docsize` table for
/// every matching row: bind, step, reset. On the 16× benchmark archive that was a third of a
/// common word's search (callgrind, `archive search merger`: 12,949 matching paragraphs, some
/// 5,000 instructions each in the nested statement and its reset). This reads the same row
/// through one incremental-blob handle per query, moved from row to row with
/// `sqlite3_blob_reopen`, which seeks the open cursor without resetting a statement. When the
/// handle cannot read a row (a table without document sizes, a row that is not there) it asks
/// `xColumnSize`, as bm25 does.
///
/// FTS5 tells an auxiliary function nothing of its table, so each table gets its own function,
/// told which `_docsize` table to read (`Database.register(_:)`).
struct FullTextRank {
    /// The FTS5 table, such as `paragraph_fts`.
    let table: String

    var functionName: String { table + "_bm25" }

    /// bm25's constants, as FTS5 fixes them.
    static let k1 = 1.2
    static let b = 0.75

    /// Registers the function on `connection` through FTS5's API, which SQLite hands out as a
    /// bound pointer to `SELECT fts5(?1)`.
    func register(on connection: OpaquePointer) throws {
        var api: UnsafeMutablePointer<fts5_api>?
        var statement: OpaquePointer?
        var code = sqlite3_prepare_v2(connection, "SELECT fts5(?1)", -1, &statement, nil)
        if code == SQLITE_OK {
            code = sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nil)
            if code == SQLITE_OK { code = sqlite3_step(statement) == SQLITE_ROW ? SQLITE_OK : sqlite3_errcode(connection) }
        }
        sqlite3_finalize(statement)
        guard code == SQLITE_OK, let api, let create = api.pointee.xCreateFunction else {
            throw SQLiteError(code: code == SQLITE_OK ? SQLITE_ERROR : code, message: "FTS5's API is not available", sql: "SELECT fts5(?1)")
        }
        let context = Unmanaged.passRetained(Registration(documentSizeTable: table + "_docsize")).toOpaque()
        code = create(api, functionName, context, rankRow, { Unmanaged<Registration>.fromOpaque($0!).release() })
        guard code == SQLITE_OK else {
            throw SQLiteError(code: code, message: "could not register \(functionName)", sql: "SELECT fts5(?1)")
        }
    }

    /// What a registered function keeps: the table its row sizes are read from.
    fileprivate final class Registration {
        let documentSizeTable: String
        init(documentSizeTable: String) { self.documentSizeTable = documentSizeTable }
    }

    /// What one query keeps from row to row (FTS5 auxiliary data, freed with the query's cursor):
    /// each phrase's IDF, the average row length, and the blob handle on the sizes table.
    fileprivate final class Query {
        let idf: [Double]
        let averageLength: Double
        let documentSizeTable: String
        var frequencies: [Double]
        var sizes: OpaquePointer?
        /// The sizes table could not be opened (a table without one): every row asks
        /// `xColumnSize` rather than trying again.
        var unreadable = false

        init(idf: [Double], averageLength: Double, documentSizeTable: String) {
            self.idf = idf
            self.averageLength = averageLength
            self.documentSizeTable = documentSizeTable
            self.frequencies = Array(repeating: 0, count: idf.count)
        }

        deinit { if let sizes { sqlite3_blob_close(sizes) } }

        /// The row's length in tokens, all columns together, from its `_docsize` row (a varint
        /// per column); nil when the handle cannot read it.
        func length(of rowid: Int64, connection: OpaquePointer?) -> Int32? {
            if let sizes {
                guard sqlite3_blob_reopen(sizes, rowid) == SQLITE_OK else {
                    // A failed reopen leaves the handle aborted: open a new one next time.
                    sqlite3_blob_close(sizes)
                    self.sizes = nil
                    return nil
                }
            } else {
                guard !unreadable else { return nil }
                guard sqlite3_blob_open(connection, "main", documentSizeTable, "sz", rowid, 0, &sizes) == SQLITE_OK else {
                    sqlite3_blob_close(sizes)
                    sizes = nil
                    unreadable = true
                    return nil
                }
            }
            let count = Int(sqlite3_blob_bytes(sizes))
            guard count > 0, count <= 64 else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer -> Int32? in
                guard sqlite3_blob_read(sizes, buffer.baseAddress, Int32(count), 0) == SQLITE_OK else { return nil }
                return FullTextRank.sumOfVarints(UnsafeBufferPointer(buffer))
            }
        }
    }

    /// The sum of SQLite-format varints (big-endian, seven bits a byte, the high bit set on
    /// all but the last; a ninth byte carries eight), as FTS5 writes a row's column sizes.
    static func sumOfVarints(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        var total: Int64 = 0
        var position = 0
        while position < bytes.count {
            var value: UInt64 = 0
            var length = 0
            while true {
                guard position + length < bytes.count else { return nil }
                let byte = bytes[position + length]
                length += 1
                if length == 9 {
                    value = value << 8 | UInt64(byte)
                    break
                }
                value = value << 7 | UInt64(byte & 0x7F)
                if byte < 0x80 { break }
            }
            position += length
            total += Int64(truncatingIfNeeded: UInt32(truncatingIfNeeded: value))
        }
        return Int32(truncatingIfNeeded: total)
    }
}

/// Counts the rows a phrase matches (`xQueryPhrase` calls it once a row).
private func countRow(_: UnsafePointer<Fts5ExtensionApi>?, _: OpaquePointer?, _ count: UnsafeMutableRawPointer?) -> Int32 {
    count!.assumingMemoryBound(to: Int64.self).pointee += 1
    return SQLITE_OK
}

/// One row's score: fts5_aux.c's fts5Bm25Function, step for step.
private func rankRow(
    _ api: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ context: OpaquePointer?,
    _: Int32, _: UnsafeMutablePointer<OpaquePointer?>?
) {
    guard let api, let fts else { return }
    let calls = api.pointee
    var code = SQLITE_OK
    let query: FullTextRank.Query
    if let saved = calls.xGetAuxdata(fts, 0) {
        query = Unmanaged<FullTextRank.Query>.fromOpaque(saved).takeUnretainedValue()
    } else {
        let registration = Unmanaged<FullTextRank.Registration>.fromOpaque(calls.xUserData(fts)!).takeUnretainedValue()
        var rows: Int64 = 0
        var tokens: Int64 = 0
        code = calls.xRowCount(fts, &rows)
        if code == SQLITE_OK { code = calls.xColumnTotalSize(fts, -1, &tokens) }
        var idf: [Double] = []
        for phrase in 0..<(code == SQLITE_OK ? calls.xPhraseCount(fts) : 0) where code == SQLITE_OK {
            var hits: Int64 = 0
            code = calls.xQueryPhrase(fts, phrase, &hits, countRow)
            // IDF = log((N - hits + 0.5) / (hits + 0.5)); a word in over half the rows would
            // score below zero, so it counts (almost) nothing instead.
            let value = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
            idf.append(value <= 0 ? 1e-6 : value)
        }
        guard code == SQLITE_OK else { return sqlite3_result_error_code(context, code) }
        query = FullTextRank.Query(idf: idf, averageLength: Double(tokens) / Double(rows),
                                   documentSizeTable: registration.documentSizeTable)
        code = calls.xSetAuxdata(fts, Unmanaged.passRetained(query).toOpaque()) {
            Unmanaged<FullTextRank.Query>.fromOpaque($0!).release()
        }
        guard code == SQLITE_OK else { return sqlite3_result_error_code(context, code) }
    }

    var instances: Int32 = 0
    code = calls.xInstCount(fts, &instances)
    query.frequencies.withUnsafeMutableBufferPointer { frequencies in
        for index in frequencies.indices { frequencies[index] = 0 }
        var instance: Int32 = 0
        while code == SQLITE_OK, instance < instances {
            var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
            code = calls.xInst(fts, instance, &phrase, &column, &offset)
            if code == SQLITE_OK { frequencies[Int(phrase)] += 1.0 }
            instance += 1
        }
    }
    guard code == SQLITE_OK else { return sqlite3_result_error_code(context, code) }

    var size: Int32 = 0
    if let length = query.length(of: calls.xRowid(fts), connection: sqlite3_context_db_handle(context)) {
        size = length
    } else {
        code = calls.xColumnSize(fts, -1, &size)
        guard code == SQLITE_OK else { return sqlite3_result_error_code(context, code) }
    }
    let (k1, b, length) = (FullTextRank.k1, FullTextRank.b, Double(size))
    var score = 0.0
    for (idf, frequency) in zip(query.idf, query.frequencies) {
        score += idf * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / query.averageLength)))
    }
    sqlite3_result_double(context, -1.0 * score)
}
