/// Version 2 → 3: new rows reach the full-text indexes from the store, not from insert
/// triggers (issue #6: a trigger writing to FTS5 made every row its own index segment; see
/// the comment above the indexes in schema.sql). Update and delete triggers stay.
///
/// Append only: this is what version 3 was, whatever later versions do.
enum MigrationToVersion3 {
    static func run(_ database: Database) throws {
        try database.execute("""
            DROP TRIGGER paragraph_fts_insert;
            DROP TRIGGER article_fts_insert;
            DROP TRIGGER quote_fts_insert;
            """)
    }
}
