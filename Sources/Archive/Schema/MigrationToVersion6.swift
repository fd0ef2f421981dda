/// Version 5 → 6: new near-duplicate bands go into a small table of their own,
/// `article_band_recent`, and move into `article_band` in key order when it is full (issue #6:
/// see the comment on the table in schema.sql). The bands already stored stay where they are.
///
/// Append only: this is what version 6 was, whatever later versions do.
enum MigrationToVersion6 {
    static func run(_ database: Database) throws {
        try database.execute("""
            CREATE TABLE article_band_recent (
                band_key   INTEGER NOT NULL,
                article_id INTEGER NOT NULL,
                PRIMARY KEY (band_key, article_id)
            ) WITHOUT ROWID;
            """)
    }
}
