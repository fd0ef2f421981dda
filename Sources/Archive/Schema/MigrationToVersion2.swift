/// Version 1 → 2: the archive stops storing copies of text it already holds, and drops the
/// indexes its queries do not need (issue #6: the file was 4.4× its input text).
///
/// - `quote.text` becomes NULL where it is the paragraph's text between the offsets; the
///   `quote_text` view reads it back and `quote_fts` indexes that view.
/// - `mention` becomes one row per article and entity, its places packed (`MentionPlaces`),
///   without the words as written (the text between the offsets).
/// - `article.minhash` goes: signatures are computed again from paragraphs when compared.
/// - `article_band` loses its index by article and its foreign key (bands are found again from
///   the article's signature), and its keys become 32 bits: every article's bands are recomputed.
///
/// Append only: this is what version 2 was, whatever later versions do.
enum MigrationToVersion2 {
    static func run(_ database: Database) throws {
        try database.execute(quotesSQL)
        try groupMentions(database)
        try recomputeBands(database)
        try database.execute("ALTER TABLE article DROP COLUMN minhash")
        try database.execute("INSERT INTO quote_fts(quote_fts) VALUES ('rebuild')")
    }

    private static let quotesSQL = """
        DROP TRIGGER quote_fts_insert;
        DROP TRIGGER quote_fts_delete;
        DROP TRIGGER quote_fts_update;
        DROP TABLE quote_fts;
        CREATE TABLE quote_v2 (
            id            INTEGER PRIMARY KEY,
            article_id    INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            speaker_id    INTEGER REFERENCES entity(id) ON DELETE SET NULL,
            speaker_text  TEXT,
            cue           TEXT,
            kind          TEXT NOT NULL CHECK (kind IN ('direct', 'mixed', 'indirect')),
            text          TEXT,
            paragraph     INTEGER NOT NULL,
            end_paragraph INTEGER NOT NULL,
            start_offset  INTEGER NOT NULL,
            end_offset    INTEGER NOT NULL
        );
        INSERT INTO quote_v2
        SELECT q.id, q.article_id, q.speaker_id, q.speaker_text, q.cue, q.kind,
               CASE WHEN q.paragraph = q.end_paragraph
                         AND q.text IS (SELECT substr(p.text, q.start_offset + 1, q.end_offset - q.start_offset)
                                        FROM paragraph AS p WHERE p.article_id = q.article_id AND p.ordinal = q.paragraph)
                    THEN NULL ELSE q.text END,
               q.paragraph, q.end_paragraph, q.start_offset, q.end_offset
        FROM quote AS q;
        DROP TABLE quote;
        ALTER TABLE quote_v2 RENAME TO quote;
        CREATE INDEX quote_article ON quote(article_id);
        CREATE INDEX quote_speaker ON quote(speaker_id);
        CREATE VIEW quote_text (id, text) AS
            SELECT q.id, coalesce(q.text, substr(p.text, q.start_offset + 1, q.end_offset - q.start_offset))
            FROM quote AS q LEFT JOIN paragraph AS p ON p.article_id = q.article_id AND p.ordinal = q.paragraph;
        CREATE VIRTUAL TABLE quote_fts USING fts5(
            text, content = 'quote_text', content_rowid = 'id', columnsize = 0,
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN
            INSERT INTO quote_fts(rowid, text) SELECT id, text FROM quote_text WHERE id = new.id;
        END;
        CREATE TRIGGER quote_fts_delete BEFORE DELETE ON quote BEGIN
            INSERT INTO quote_fts(quote_fts, rowid, text) SELECT 'delete', id, text FROM quote_text WHERE id = old.id;
        END;
        CREATE TRIGGER article_delete_quotes BEFORE DELETE ON article BEGIN
            DELETE FROM quote WHERE article_id = old.id;
        END;
        """

    private static let createMentionsSQL = """
        CREATE TABLE mention_v2 (
            article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            entity_id  INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
            mentions   INTEGER NOT NULL,
            places     BLOB NOT NULL,
            PRIMARY KEY (article_id, entity_id)
        ) WITHOUT ROWID
        """
    private static let oldMentionsSQL = """
        SELECT article_id, entity_id, paragraph, start_offset, end_offset, role FROM mention ORDER BY article_id, entity_id, id
        """
    private static let insertMentionSQL = "INSERT INTO mention_v2 (article_id, entity_id, mentions, places) VALUES (?, ?, ?, ?)"
    private static let replaceMentionsSQL = """
        DROP TABLE mention;
        ALTER TABLE mention_v2 RENAME TO mention;
        CREATE INDEX mention_entity ON mention(entity_id);
        """

    private static func groupMentions(_ database: Database) throws {
        try database.execute(createMentionsSQL)
        let insert = try database.statement(insertMentionSQL)
        var group: (article: Int, entity: Int, places: [MentionPlace])?
        func flush() throws {
            guard let group else { return }
            let places = group.places.sorted(by: MentionPlace.inTextOrder)
            try insert.run(.integer(Int64(group.article)), .integer(Int64(group.entity)), .integer(Int64(places.count)),
                           .blob(MentionPlaces.pack(places)))
        }
        let rows = try database.statement(oldMentionsSQL).rows { row in
            (row.int(0), row.int(1), MentionPlace(paragraph: row.optionalInt(2), start: row.int(3), end: row.int(4),
                                                  role: row.optionalText(5)))
        }
        for (article, entity, place) in rows {
            if group?.article == article, group?.entity == entity {
                group?.places.append(place)
            } else {
                try flush()
                group = (article, entity, [place])
            }
        }
        try flush()
        try database.execute(replaceMentionsSQL)
    }

    private static let bandsSQL = """
        DROP TABLE article_band;
        CREATE TABLE article_band (
            band_key   INTEGER NOT NULL,
            article_id INTEGER NOT NULL,
            PRIMARY KEY (band_key, article_id)
        ) WITHOUT ROWID;
        """

    private static func recomputeBands(_ database: Database) throws {
        try database.execute(bandsSQL)
        // Into version 2's one band table, not through NearDuplicateIndex: later versions add
        // bands elsewhere (version 6's recent table does not exist yet).
        let insert = try database.statement("INSERT OR IGNORE INTO article_band (band_key, article_id) VALUES (?, ?)")
        let articles = try database.statement("SELECT id FROM article WHERE minhash IS NOT NULL ORDER BY id").rows { $0.int(0) }
        // Version 2's paragraphs, found by article and ordinal (version 4 numbers them otherwise).
        let paragraphs = try database.statement("SELECT text FROM paragraph WHERE article_id = ? ORDER BY ordinal")
        for id in articles {
            if let signature = MinHash(paragraphs: try paragraphs.rows([.integer(Int64(id))]) { $0.text(0) }) {
                for key in signature.bandKeys { try insert.run(.integer(key), .integer(Int64(id))) }
            }
        }
    }
}
