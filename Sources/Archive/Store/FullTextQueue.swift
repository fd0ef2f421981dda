/// New rows waiting to be added to their full-text index, added together at the end of a batch.
///
/// Why not each right after its row: a statement that may change several rows (moving an
/// absorbed person's quotations to the full name, deleting that entity) opens a savepoint, and
/// FTS5 writes everything pending out as a new index segment at every savepoint. With the index
/// written row by row, each of those statements cut a small segment from every index, merged
/// again later. Queued, a batch's terms reach each index as one segment at the commit.
///
/// FTS5 can only delete what it indexed: anything that deletes indexed rows flushes first.
final class FullTextQueue {
    enum Index {
        case paragraph, article, quote

        var insertSQL: String {
            switch self {
            case .paragraph: "INSERT INTO paragraph_fts (rowid, text) VALUES (?, ?)"
            case .article: "INSERT INTO article_fts (rowid, title) VALUES (?, ?)"
            // A quotation's words as the quote_text view gives them back: `quote.text` either way.
            case .quote: "INSERT INTO quote_fts (rowid, text) VALUES (?, ?)"
            }
        }
    }

    private var entries: [(index: Index, rowid: Int64, text: String)] = []

    func add(_ index: Index, rowid: Int64, text: String) {
        entries.append((index, rowid, text))
    }

    /// Adds every queued row to its index; call it inside the transaction that wrote the rows.
    func flush(into database: Database) throws {
        for entry in entries {
            try database.statement(entry.index.insertSQL).run(.integer(entry.rowid), .text(entry.text))
        }
        entries.removeAll(keepingCapacity: true)
    }

    /// Forgets the queue: its rows were rolled back.
    func discard() {
        entries.removeAll()
    }
}
