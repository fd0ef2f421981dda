import Testing
@testable import Archive

@Suite("SQLite connection and statements")
struct DatabaseTests {
    private func memory() throws -> Database {
        let database = try Database(path: ":memory:", mode: .readWriteCreate)
        try database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, data BLOB)")
        return database
    }

    @Test func foreignKeysAreEnforced() throws {
        let database = try memory()
        #expect(try database.integer("PRAGMA foreign_keys") == 1)
    }

    @Test func valuesOfEveryTypeRoundTrip() throws {
        let database = try memory()
        try database.statement("INSERT INTO t (name, score, data) VALUES (?, ?, ?)")
            .run(.text("O'Brien; DROP TABLE t; --"), .real(2.5), .blob([0, 1, 255]))
        let row = try database.statement("SELECT name, score, data FROM t").first { ($0.text(0), $0.double(1), $0.blob(2)) }
        #expect(row?.0 == "O'Brien; DROP TABLE t; --")
        #expect(row?.1 == 2.5)
        #expect(row?.2 == [0, 1, 255])
    }

    @Test func textWithNulBytesIsStoredWhole() throws {
        let database = try memory()
        try database.statement("INSERT INTO t (name) VALUES (?)").run(.text("a\u{0}b"))
        #expect(try database.integer("SELECT length(CAST(name AS BLOB)) FROM t") == 3)
    }

    @Test func emptyTextIsNotNull() throws {
        let database = try memory()
        try database.statement("INSERT INTO t (name) VALUES (?)").run(.text(""))
        #expect(try database.integer("SELECT count(*) FROM t WHERE name = ''") == 1)
    }

    @Test func statementsAreCachedBySQL() throws {
        let database = try memory()
        let first = try database.statement("SELECT count(*) FROM t")
        let second = try database.statement("SELECT count(*) FROM t")
        #expect(first === second)
    }

    @Test func wrongParameterCountIsAnError() throws {
        let database = try memory()
        #expect(throws: SQLiteError.self) {
            try database.statement("INSERT INTO t (name) VALUES (?)").run(.text("a"), .text("b"))
        }
    }

    @Test func transactionCommitsWhenBodyReturns() throws {
        let database = try memory()
        try database.transaction { try database.statement("INSERT INTO t (name) VALUES ('kept')").run() }
        #expect(try database.integer("SELECT count(*) FROM t") == 1)
    }

    @Test func transactionRollsBackAndRethrowsTheBodysError() throws {
        struct Boom: Error, Equatable {}
        let database = try memory()
        #expect(throws: Boom()) {
            try database.transaction {
                try database.statement("INSERT INTO t (name) VALUES ('lost')").run()
                throw Boom()
            }
        }
        #expect(try database.integer("SELECT count(*) FROM t") == 0)
    }

    @Test func errorsCarryCodeMessageAndSQLButNotValues() throws {
        let database = try memory()
        try database.execute("CREATE TABLE u (name TEXT UNIQUE)")
        let insert = try database.statement("INSERT INTO u (name) VALUES (?)")
        try insert.run(.text("secret value"))
        let error = try #require(throws: SQLiteError.self) { try insert.run(.text("secret value")) }
        #expect(error.isConstraint)
        #expect(error.code == 2067) // SQLITE_CONSTRAINT_UNIQUE: extended codes are on
        #expect(error.sql == "INSERT INTO u (name) VALUES (?)")
        #expect(!(error.errorDescription ?? "").contains("secret value"))
    }

    @Test func invalidSQLFailsToPrepare() throws {
        let database = try memory()
        #expect(throws: SQLiteError.self) { try database.statement("SELEC nonsense") }
    }

    @Test func linkedSQLiteHasFullTextSearch() throws {
        let database = try memory()
        try database.execute("CREATE VIRTUAL TABLE f USING fts5(x)")
    }
}
