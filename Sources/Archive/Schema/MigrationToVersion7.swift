/// Version 6 → 7: an origin's path is stored once per input (`input`), and each article's
/// origins as an input and a number (`article_input`, see `StoredOrigin`); `article_origin`
/// becomes a view that gives the origins as they were written. Origins keep their ids, so
/// their order. The old table's pages are given back in an archive that auto-vacuums.
///
/// Append only: this is what version 7 was, whatever later versions do.
enum MigrationToVersion7 {
    static func run(_ database: Database) throws {
        try database.execute("""
            CREATE TABLE input (
                id   INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE
            );
            CREATE TABLE article_input (
                id         INTEGER PRIMARY KEY,
                input_id   INTEGER NOT NULL REFERENCES input(id),
                item       INTEGER NOT NULL,
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                UNIQUE (input_id, item)
            );
            """)
        let origins = try database.statement("SELECT id, origin, article_id FROM article_origin ORDER BY id")
            .rows { (id: $0.int64(0), origin: StoredOrigin($0.text(1)), article: $0.int64(2)) }
        let addInput = try database.statement("INSERT INTO input (path) VALUES (?)")
        let addOrigin = try database.statement("INSERT INTO article_input (id, input_id, item, article_id) VALUES (?, ?, ?, ?)")
        var inputs: [String: Int64] = [:]
        for (id, origin, article) in origins {
            let input: Int64
            if let known = inputs[origin.path] {
                input = known
            } else {
                try addInput.run(.text(origin.path))
                input = database.lastInsertRowID
                inputs[origin.path] = input
            }
            try addOrigin.run(.integer(id), .integer(input), .integer(origin.item), .integer(article))
        }
        try database.execute("""
            DROP TABLE article_origin;
            CREATE INDEX article_input_article ON article_input(article_id);
            CREATE VIEW article_origin (id, origin, article_id) AS
                SELECT o.id, CASE o.item WHEN 0 THEN i.path ELSE i.path || '#' || o.item END, o.article_id
                FROM article_input AS o JOIN input AS i ON i.id = o.input_id;
            """)
        try database.execute("PRAGMA incremental_vacuum")
    }
}
