/// Version 4 → 5: each full-text index merges its segments sixteen at a time rather than four
/// (issue #6: every merge writes its rows again; see the comment after the indexes in
/// schema.sql). A setting kept in each index's config table; nothing is rewritten now.
///
/// Append only: this is what version 5 was, whatever later versions do.
enum MigrationToVersion5 {
    static func run(_ database: Database) throws {
        try database.execute("""
            INSERT INTO paragraph_fts (paragraph_fts, rank) VALUES ('automerge', 16);
            INSERT INTO article_fts (article_fts, rank) VALUES ('automerge', 16);
            INSERT INTO quote_fts (quote_fts, rank) VALUES ('automerge', 16);
            """)
    }
}
