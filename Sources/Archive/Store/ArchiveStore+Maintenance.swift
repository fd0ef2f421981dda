extension ArchiveStore {
    /// Each full-text index with the table whose rows it indexes.
    static let indexedTables = [("paragraph_fts", "paragraph"), ("article_fts", "article"), ("quote_fts", "quote")]

    /// Everything `archive check` finds wrong: SQLite's and FTS5's own checks and the foreign
    /// keys (`integrityProblems()`), then the counts the schema promises agree.
    public func checkProblems() throws -> [String] {
        try integrityProblems() + consistencyProblems()
    }

    /// Rows that break a promise the schema makes but SQLite does not enforce.
    func consistencyProblems() throws -> [String] {
        var problems: [String] = []
        for (index, table) in Self.indexedTables {
            // An external-content index counts its own rows in the docsize shadow table;
            // `count(*)` on the index itself would read the content table.
            let indexed = try database.integer("SELECT count(*) FROM \(index)_docsize") ?? 0
            let rows = try database.integer("SELECT count(*) FROM \(table)") ?? 0
            if indexed != rows {
                problems.append("\(index) indexes \(indexed) rows but \(table) has \(rows); `archive check --repair` rebuilds it")
            }
        }
        let rules: [(sql: String, problem: String)] = [
            (Self.withoutOriginSQL, "with no origin"),
            (Self.withoutStorySQL, "in no story"),
            (Self.badDateSQL, "whose published date is not YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ as its precision says"),
            (Self.strayMentionSQL, "with mentions or quotations in paragraphs the article does not have"),
        ]
        for rule in rules {
            let count = try database.integer(rule.sql) ?? 0
            if count > 0 { problems.append("\(count) article\(count == 1 ? "" : "s") \(rule.problem)") }
        }
        return problems
    }

    /// Rebuilds every full-text index from its content table: the repair for an index that
    /// has drifted from its table (see https://www.sqlite.org/fts5.html#the_rebuild_command).
    public func rebuildFullTextIndexes() throws {
        try requireWritable("repair")
        try database.transaction {
            for (index, _) in Self.indexedTables {
                try database.execute("INSERT INTO \(index)(\(index)) VALUES ('rebuild')")
            }
        }
    }

    /// Merges each full-text index's segments into one and lets SQLite refresh its query
    /// planner statistics (https://www.sqlite.org/fts5.html#the_optimize_command,
    /// https://www.sqlite.org/pragma.html#pragma_optimize).
    public func optimize() throws {
        try requireWritable("optimize")
        try database.transaction {
            for (index, _) in Self.indexedTables {
                try database.execute("INSERT INTO \(index)(\(index)) VALUES ('optimize')")
            }
        }
        try database.execute("PRAGMA optimize")
    }

    private func requireWritable(_ action: String) throws {
        guard !database.isReadOnly else {
            throw ArchiveError.storage("cannot \(action) \(path): the file is read-only")
        }
    }

    // MARK: - SQL

    static let withoutOriginSQL = """
        SELECT count(*) FROM article AS a WHERE NOT EXISTS (SELECT 1 FROM article_origin WHERE article_id = a.id)
        """
    static let withoutStorySQL = """
        SELECT count(*) FROM article AS a WHERE NOT EXISTS (SELECT 1 FROM story WHERE id = a.story_id)
        """
    static let badDateSQL = """
        SELECT count(*) FROM article
        WHERE (published_precision = 'day' AND published NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
           OR (published_precision = 'instant'
               AND published NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z')
        """
    static let strayMentionSQL = """
        SELECT count(*) FROM article AS a
        WHERE EXISTS (SELECT 1 FROM mention AS m WHERE m.article_id = a.id AND m.paragraph IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM paragraph WHERE article_id = a.id AND ordinal = m.paragraph))
           OR EXISTS (SELECT 1 FROM quote AS q WHERE q.article_id = a.id
                      AND NOT EXISTS (SELECT 1 FROM paragraph WHERE article_id = a.id AND ordinal = q.paragraph))
        """
}
