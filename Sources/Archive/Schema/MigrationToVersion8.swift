/// Version 7 → 8: an article's content hash keeps the first 16 bytes of its SHA-256 digest
/// instead of all 32 (see `ContentFingerprint.byteCount`). The new hashes are the old ones'
/// prefixes, so articles stored before are still found by the text they hold.
///
/// Append only: this is what version 8 was, whatever later versions do.
enum MigrationToVersion8 {
    static func run(_ database: Database) throws {
        try database.execute("UPDATE article SET content_hash = substr(content_hash, 1, 16) WHERE length(content_hash) > 16")
        try database.execute("PRAGMA incremental_vacuum")
    }
}
