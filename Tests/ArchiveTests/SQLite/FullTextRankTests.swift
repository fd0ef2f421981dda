import Testing
@testable import Archive

@Suite("The archive's bm25 gives FTS5's scores")
struct FullTextRankTests {
    private static let paragraphs = [
        "Oil prices rose as OPEC agreed to cut output.",
        "The oil minister said output would fall; oil exports, he said, would not.",
        "Coffee and cocoa prices were steady.",
        "Crude oil, crude oil and more crude oil: the market is awash.",
        "Security guarantees were discussed at the summit, and the guarantees were welcomed.",
        "A short one.",
        String(repeating: "Long paragraph about the economy and prices. ", count: 40),
    ]

    /// A connection with an FTS5 table like the archive's, its rows at scattered rowids.
    private func table(columnSize: Bool = true) throws -> Database {
        let database = try Database(path: ":memory:", mode: .readWriteCreate)
        try database.execute("""
            CREATE VIRTUAL TABLE doc USING fts5(text, \(columnSize ? "" : "columnsize = 0,")
                tokenize = 'porter unicode61 remove_diacritics 2')
            """)
        for (index, text) in Self.paragraphs.enumerated() {
            try database.statement("INSERT INTO doc (rowid, text) VALUES (?, ?)").run(.integer(Int64(index) * 1_024 + 3), .text(text))
        }
        try database.register(FullTextRank(table: "doc"))
        return database
    }

    private func scores(_ database: Database, _ query: String) throws -> (ours: [Double], fts5: [Double]) {
        let ours = try database.statement("SELECT doc_bm25(doc) FROM doc WHERE doc MATCH ?1 ORDER BY rowid").rows([.text(query)]) { $0.double(0) }
        let fts5 = try database.statement("SELECT bm25(doc) FROM doc WHERE doc MATCH ?1 ORDER BY rowid").rows([.text(query)]) { $0.double(0) }
        return (ours, fts5)
    }

    @Test(arguments: ["oil", "crude oil", "\"crude oil\"", "oil OR coffee", "oil NOT crude", "pric*", "guarantees", "the", "NEAR(oil output, 5)"])
    func everyRowScoresExactlyAsBm25(query: String) throws {
        let (ours, fts5) = try scores(try table(), query)
        #expect(!ours.isEmpty)
        #expect(ours == fts5)
    }

    @Test func aTableWithoutDocumentSizesFallsBackToFTS5sOwnCount() throws {
        let (ours, fts5) = try scores(try table(columnSize: false), "oil")
        #expect(ours.count == 3)
        #expect(ours == fts5)
    }

    @Test func theSameStatementRunAgainScoresTheSame() throws {
        let database = try table()
        let first = try scores(database, "prices").ours
        #expect(try scores(database, "oil").ours.count == 3)
        #expect(try scores(database, "prices").ours == first)
    }

    @Test func registeringTwiceIsHarmless() throws {
        let database = try table()
        try database.register(FullTextRank(table: "doc"))
        #expect(try scores(database, "oil").ours.count == 3)
    }

    @Test func sqliteVarintsAreSummed() {
        // 5, 300 (0x82 0x2C) and 16,384 (0x81 0x80 0x00): one varint per column.
        let bytes: [UInt8] = [0x05, 0x82, 0x2C, 0x81, 0x80, 0x00]
        #expect(bytes.withUnsafeBufferPointer(FullTextRank.sumOfVarints) == 16_689)
        let truncated: [UInt8] = [0x05, 0x82]
        #expect(truncated.withUnsafeBufferPointer(FullTextRank.sumOfVarints) == nil)
    }
}
