/// Version 3 → 4: a paragraph's id becomes article id × 1,024 + ordinal, its article and
/// ordinal computed columns (issue #6: a search looked up every matching paragraph to learn
/// its article; see `ParagraphID`). The index on (article, ordinal) and the foreign key go; a
/// trigger deletes an article's paragraphs. The paragraph index is rebuilt for the new rowids.
///
/// An archive holding an article of more than 1,024 paragraphs cannot be numbered so; it is
/// left as it is, with an error that says which article (no reader ever produced one).
///
/// Append only: this is what version 4 was, whatever later versions do.
enum MigrationToVersion4 {
    static func run(_ database: Database) throws {
        if let article = try database.statement(tooLongSQL).first([], { $0.int(0) }) {
            throw ArchiveError.storage("""
                article \(article) has more than 1,024 paragraphs, which this version cannot store; \
                open the archive with the previous version and delete that article first
                """)
        }
        try database.execute(renumberSQL)
        try database.execute("INSERT INTO paragraph_fts(paragraph_fts) VALUES ('rebuild')")
        // The old table and index pages are free now: an archive that auto-vacuums gives
        // them back rather than growing by a third (a no-op in one that does not).
        try database.execute("PRAGMA incremental_vacuum")
    }

    private static let tooLongSQL = "SELECT article_id FROM paragraph WHERE ordinal >= 1024 LIMIT 1"

    // The view and the trigger that reads it name the paragraph table: they go first, or the
    // rename would find them pointing at a table that is not there.
    private static let renumberSQL = """
        DROP TRIGGER quote_fts_delete;
        DROP VIEW quote_text;
        CREATE TABLE paragraph_v4 (
            id         INTEGER PRIMARY KEY,
            text       TEXT NOT NULL,
            article_id INTEGER NOT NULL GENERATED ALWAYS AS (id >> 10) VIRTUAL,
            ordinal    INTEGER NOT NULL GENERATED ALWAYS AS (id & 1023) VIRTUAL
        );
        INSERT INTO paragraph_v4 (id, text) SELECT article_id * 1024 + ordinal, text FROM paragraph ORDER BY article_id, ordinal;
        DROP TABLE paragraph;
        ALTER TABLE paragraph_v4 RENAME TO paragraph;
        CREATE VIEW quote_text (id, text) AS
            SELECT q.id, coalesce(q.text, substr(p.text, q.start_offset + 1, q.end_offset - q.start_offset))
            FROM quote AS q LEFT JOIN paragraph AS p ON p.id = q.article_id * 1024 + q.paragraph;
        CREATE TRIGGER quote_fts_delete BEFORE DELETE ON quote BEGIN
            INSERT INTO quote_fts(quote_fts, rowid, text) SELECT 'delete', id, text FROM quote_text WHERE id = old.id;
        END;
        CREATE TRIGGER paragraph_fts_delete AFTER DELETE ON paragraph BEGIN
            INSERT INTO paragraph_fts(paragraph_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER paragraph_fts_update AFTER UPDATE OF text ON paragraph BEGIN
            INSERT INTO paragraph_fts(paragraph_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO paragraph_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER article_delete_paragraphs AFTER DELETE ON article BEGIN
            DELETE FROM paragraph WHERE id BETWEEN old.id * 1024 AND old.id * 1024 + 1023;
        END;
        """
}
