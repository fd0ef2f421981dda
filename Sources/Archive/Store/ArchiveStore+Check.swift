extension ArchiveStore {
    /// The full-text indexes, each kept in step with its content table by triggers.
    static let fullTextIndexes = ["paragraph_fts", "article_fts", "quote_fts"]

    /// What is wrong with the file, in words; empty when SQLite's integrity check, every FTS
    /// index's own check (against its content table) and the foreign keys all pass.
    public func integrityProblems() throws -> [String] {
        var problems: [String]
        do {
            problems = try database.statement("PRAGMA integrity_check").rows { $0.text(0) }.filter { $0 != "ok" }
        } catch let error as SQLiteError where error.isCorrupt {
            // Damage to a table's root or the schema stops the check itself: that is its finding.
            return ["the database file is damaged: \(error.message)"]
        }
        for index in Self.fullTextIndexes {
            do {
                // rank = 1 makes FTS5 also compare the index with the external content table.
                try database.execute("INSERT INTO \(index)(\(index), rank) VALUES ('integrity-check', 1)")
            } catch let error as SQLiteError {
                problems.append("\(index): \(error.message)")
            }
        }
        let orphans = try database.statement("PRAGMA foreign_key_check").rows { "\($0.text(0)) row \($0.int(1)) refers to a missing \($0.text(2)) row" }
        return problems + orphans
    }
}
