extension ArchiveStore {
    /// Each full-text index with the table whose rows it indexes.
    static let indexedTables = [("paragraph_fts", "paragraph"), ("article_fts", "article"), ("quote_fts", "quote")]

    /// The indexes that count their rows in a docsize table. quote_fts keeps none (see
    /// schema.sql); FTS5's own integrity check compares it with its content.
    static let sizedIndexes = indexedTables.filter { $0.0 != "quote_fts" }

    /// Everything `archive check` finds wrong: SQLite's and FTS5's own checks and the foreign
    /// keys (`integrityProblems()`), then the counts the schema promises agree.
    public func checkProblems() throws -> [String] {
        try integrityProblems() + consistencyProblems()
    }

    /// Rows that break a promise the schema makes but SQLite does not enforce.
    func consistencyProblems() throws -> [String] {
        var problems: [String] = []
        for (index, table) in Self.sizedIndexes {
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
            (Self.strayBandSQL, "gone but still in the near-duplicate bands"),
            (Self.strayParagraphSQL, "gone but still with paragraphs"),
        ]
        for rule in rules {
            let count = try database.integer(rule.sql) ?? 0
            if count > 0 { problems.append("\(count) article\(count == 1 ? "" : "s") \(rule.problem)") }
        }
        let stray = try articlesWithStrayPlaces()
        if stray > 0 {
            problems.append("\(stray) article\(stray == 1 ? "" : "s") with mentions or quotations in paragraphs the article does not have")
        }
        return problems
    }

    /// Articles with a mention or quotation in a paragraph they do not have, or whose packed
    /// mention places cannot be read. Paragraph ordinals run 0..<count (the writer numbers them).
    private func articlesWithStrayPlaces() throws -> Int {
        var articles = Set(try database.statement(Self.strayQuoteSQL).rows { $0.int(0) })
        let mentions = try database.statement(Self.mentionPlacesSQL).rows { row in (row.int(0), row.blob(1), row.int(2)) }
        for (article, bytes, paragraphs) in mentions {
            let inParagraphs = MentionPlaces.unpack(bytes)?.allSatisfy { place in
                place.paragraph.map { (0..<paragraphs).contains($0) } ?? true
            }
            if inParagraphs != true { articles.insert(article) }
        }
        return articles.count
    }

    /// Rebuilds every full-text index from its content table: the repair for an index that
    /// has drifted from its table (see https://www.sqlite.org/fts5.html#the_rebuild_command).
    public func rebuildFullTextIndexes() throws {
        try requireWritable("repair")
        try runOnEveryIndex("rebuild")
    }

    /// Merges each full-text index's segments into one and lets SQLite refresh its query
    /// planner statistics (https://www.sqlite.org/fts5.html#the_optimize_command,
    /// https://www.sqlite.org/pragma.html#pragma_optimize).
    public func optimize() throws {
        try requireWritable("optimize")
        try mergeSegments()
        try database.execute("PRAGMA optimize")
    }

    /// After an ingest that wrote `written` articles: when they are at least a quarter of the
    /// archive, merges each full-text index into one segment and hands the pages that frees
    /// back to the file system.
    ///
    /// An ingest leaves an index in many segments (FTS5 merges them only as they pile up), and
    /// every query and snippet looks a term up in each: on the 21,000-article benchmark, one
    /// segment instead of 19 takes 8–26% of a search's instructions away, and merging costs
    /// 0.5 s. Merging only after a large share of the archive arrived keeps the total merge
    /// work proportional to what was ingested: many small ingests rewrite the index rarely.
    /// Archives made before auto-vacuum was turned on keep the freed pages for later writes.
    func mergeFullTextIndexes(afterWriting written: Int) throws {
        guard written > 0 else { return }
        let articles = try database.integer("SELECT count(*) FROM article") ?? 0
        guard written * 4 >= articles else { return }
        try mergeSegments()
    }

    /// Merges each full-text index into one segment, then gives the pages that frees back to
    /// the file system (archives made with incremental auto-vacuum; a no-op for the others).
    private func mergeSegments() throws {
        try runOnEveryIndex("optimize")
        try database.execute("PRAGMA incremental_vacuum")
    }

    /// Runs an FTS5 command (a constant: 'rebuild', 'optimize') on every full-text index, in
    /// one transaction.
    private func runOnEveryIndex(_ command: StaticString) throws {
        try database.transaction {
            for (index, _) in Self.indexedTables {
                try database.execute("INSERT INTO \(index)(\(index)) VALUES ('\(command)')")
            }
        }
    }

    private func requireWritable(_ action: String) throws {
        guard !database.isReadOnly else {
            throw ArchiveError.storage("cannot \(action) \(path): the file is read-only")
        }
    }

    // MARK: - SQL

    static let withoutOriginSQL = """
        SELECT count(*) FROM article AS a WHERE NOT EXISTS (SELECT 1 FROM article_input WHERE article_id = a.id)
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
    static let strayQuoteSQL = """
        SELECT DISTINCT q.article_id FROM quote AS q
        WHERE NOT EXISTS (SELECT 1 FROM paragraph WHERE id = \(ParagraphID.SQLFragments.id(article: "q.article_id", ordinal: "q.paragraph")))
        """
    static let mentionPlacesSQL = """
        SELECT m.article_id, m.places, (SELECT count(*) FROM paragraph WHERE \(ParagraphID.SQLFragments.inArticle("id", article: "m.article_id")))
        FROM mention AS m
        """
    /// Paragraphs whose article is gone (no foreign key: the article is computed from the id).
    static let strayParagraphSQL = """
        SELECT count(DISTINCT \(ParagraphID.SQLFragments.article("p.id"))) FROM paragraph AS p
        WHERE NOT EXISTS (SELECT 1 FROM article WHERE id = \(ParagraphID.SQLFragments.article("p.id")))
        """
    static let strayBandSQL = """
        SELECT count(DISTINCT b.article_id)
        FROM (SELECT article_id FROM article_band UNION ALL SELECT article_id FROM article_band_recent) AS b
        WHERE NOT EXISTS (SELECT 1 FROM article WHERE id = b.article_id)
        """
}
