import Foundation

/// Writes extracted articles into the archive: idempotent, and updating in place.
///
/// - The same origin with the same content and metadata changes nothing.
/// - The same origin (or the same url) with changed content replaces the stored article's
///   text, entities and quotes in place. New rows are added to their full-text index by the
///   writer, at the end of each `store` call (`FullTextQueue`); triggers remove old ones
///   (see schema.sql).
///   Quotes go before the paragraphs that hold their words (see schema.sql).
/// - The same content from another origin is stored once: the origin is added to it.
///
/// Call it inside `ArchiveStore.writeBatch` so that many articles share one transaction.
public final class ArticleWriter {
    private let database: Database
    private let entities: EntityWriter
    private let stories: NearDuplicateIndex
    private let index = FullTextQueue()
    private var sourceIDs: [String: Int] = [:]
    private var inputIDs: [String: Int64] = [:]
    /// New articles this writer linked to a story already stored (near-duplicates).
    public private(set) var nearDuplicatesLinked = 0

    public convenience init(store: ArchiveStore) {
        self.init(store: store, recentBandLimit: NearDuplicateIndex.recentBandLimit)
    }

    /// A writer that moves recent near-duplicate bands on at another limit (tests).
    init(store: ArchiveStore, recentBandLimit: Int) {
        self.database = store.database
        self.entities = EntityWriter(database: store.database, index: index)
        self.stories = NearDuplicateIndex(database: store.database, recentLimit: recentBandLimit)
    }

    /// Forgets cached row ids, which a rolled-back transaction may have invalidated.
    public func discardCaches() {
        index.discard()
        stories.discardComputed()
        sourceIDs.removeAll()
        inputIDs.removeAll()
        entities.discardCache()
    }

    /// The origin an article was first ingested from.
    public func firstOrigin(ofArticle id: Int) throws -> String? {
        try database.statement(Self.selectFirstOrigin).first([.integer(Int64(id))]) { $0.text(0) }
    }

    public func store(_ extracted: ExtractedArticle, at now: Date = Date()) throws -> StoreOutcome {
        try store([PreparedArticle(extracted)], at: now)[0]
    }

    /// Stores `batch` in order, then adds its new rows to the full-text indexes and, when there
    /// are enough of them, moves the recent near-duplicate bands into the large table.
    public func store(_ batch: [PreparedArticle], at now: Date = Date()) throws -> [StoreOutcome] {
        let outcomes = try batch.map { try storeOne($0, at: now) }
        try index.flush(into: database)
        try stories.mergeRecentBandsIfFull()
        return outcomes
    }

    private func storeOne(_ prepared: PreparedArticle, at now: Date) throws -> StoreOutcome {
        let extracted = prepared.extracted
        let article = extracted.article
        let hash = prepared.hash
        let timestamp = PublishedDate(utcSeconds: Int64(now.timeIntervalSince1970)).iso8601

        let origin = StoredOrigin(article.origin)
        if let existing = try database.statement(StoredOrigin.articleSQL).first([.text(origin.path), .integer(origin.item)], { $0.int(0) }) {
            let stored = try storedState(of: existing)
            if stored.hash == hash, stored.metadata == metadata(of: article) {
                return .unchanged(articleID: existing)
            }
            // The same text from an origin that was stored as a duplicate: the article carries
            // its first origin's title and dates, and a copy's own never replace them (else two
            // copies with different titles would update each other on every re-ingest).
            if stored.hash == hash, try firstOrigin(ofArticle: existing) != article.origin {
                return .unchanged(articleID: existing)
            }
            if stored.hash != hash, let other = try articleID(sql: Self.selectByHash, .blob(hash)), other != existing {
                try database.statement(Self.moveOrigin).run(.integer(Int64(other)), .text(origin.path), .integer(origin.item))
                try deleteIfOrphaned(existing)
                return .duplicate(articleID: other)
            }
            try replace(existing, with: prepared, timestamp: timestamp)
            return .updated(articleID: existing)
        }
        if let other = try articleID(sql: Self.selectByHash, .blob(hash)) {
            try addOrigin(origin, to: other)
            return .duplicate(articleID: other)
        }
        if let url = article.url, let other = try articleID(sql: Self.selectByURL, .text(url)) {
            try replace(other, with: prepared, timestamp: timestamp)
            try addOrigin(origin, to: other)
            return .updated(articleID: other)
        }
        let id = try insert(prepared, timestamp: timestamp)
        try addOrigin(origin, to: id)
        return .inserted(articleID: id)
    }

    // MARK: - Reading what is stored

    private struct StoredState {
        var hash: [UInt8]
        var metadata: Metadata
    }

    private struct Metadata: Equatable {
        var title: String
        var authors: String
        var published: String?
        var source: String?
        var url: String?
        var language: String?
    }

    private func metadata(of article: ArticleDraft) -> Metadata {
        Metadata(
            title: article.title, authors: Self.authorsJSON(article.authors), published: article.published?.iso8601,
            source: article.source, url: article.url, language: article.language
        )
    }

    private static let selectFirstOrigin = "SELECT origin FROM article_origin WHERE article_id = ? ORDER BY id LIMIT 1"
    private static let selectByHash = "SELECT id FROM article WHERE content_hash = ?"
    private static let selectByURL = "SELECT id FROM article WHERE url = ?"
    private static let selectState = """
        SELECT a.content_hash, a.title, a.authors, a.published, s.name, a.url, a.language
        FROM article AS a LEFT JOIN source AS s ON s.id = a.source_id
        WHERE a.id = ?
        """

    private func articleID(sql: String, _ value: SQLValue) throws -> Int? {
        try database.statement(sql).first([value]) { $0.int(0) }
    }

    private func storedState(of id: Int) throws -> StoredState {
        guard let state = try database.statement(Self.selectState).first([.integer(Int64(id))], { row in
            StoredState(hash: row.blob(0), metadata: Metadata(
                title: row.text(1), authors: row.text(2), published: row.optionalText(3),
                source: row.optionalText(4), url: row.optionalText(5), language: row.optionalText(6)))
        }) else { throw ArchiveError.storage("article \(id) vanished while it was being updated") }
        return state
    }

    // MARK: - Writing

    private static let insertStory = "INSERT INTO story DEFAULT VALUES"
    private static let insertArticle = """
        INSERT INTO article (story_id, source_id, title, url, authors, published, published_precision,
                             language, content_hash, ingested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    private static let updateArticle = """
        UPDATE article SET source_id = ?, title = ?, url = ?, authors = ?, published = ?, published_precision = ?,
                           language = ?, content_hash = ?, updated_at = ?
        WHERE id = ?
        """
    private static let insertParagraph = "INSERT INTO paragraph (id, text) VALUES (?, ?)"
    private static let deleteParagraphs = "DELETE FROM paragraph WHERE \(ParagraphID.SQLFragments.inArticle("id", article: "?1"))"
    private static let selectInput = "SELECT id FROM input WHERE path = ?"
    private static let insertInput = "INSERT INTO input (path) VALUES (?)"
    private static let insertOrigin = "INSERT INTO article_input (input_id, item, article_id) VALUES (?, ?, ?)"
    private static let moveOrigin = """
        UPDATE article_input SET article_id = ?1 WHERE input_id = (SELECT id FROM input WHERE path = ?2) AND item = ?3
        """
    private static let countOrigins = "SELECT count(*) FROM article_input WHERE article_id = ?"
    private static let deleteArticle = "DELETE FROM article WHERE id = ?"
    private static let urlOwner = "SELECT id FROM article WHERE url = ? AND id != ?"

    private func insert(_ prepared: PreparedArticle, timestamp: String) throws -> Int {
        let (extracted, hash, signature) = (prepared.extracted, prepared.hash, prepared.signature)
        let article = extracted.article
        var story = try signature.flatMap { try stories.story(near: $0) }
        if story != nil {
            nearDuplicatesLinked += 1
        } else {
            try database.statement(Self.insertStory).run()
            story = Int(database.lastInsertRowID)
        }
        try database.statement(Self.insertArticle).run(
            .integer(Int64(story!)), SQLValue(try sourceID(article.source)), .text(article.title), SQLValue(article.url),
            .text(Self.authorsJSON(article.authors)), SQLValue(article.published?.iso8601),
            SQLValue(article.published?.precision.rawValue), SQLValue(article.language), .blob(hash), .text(timestamp)
        )
        let id = Int(database.lastInsertRowID)
        index.add(.article, rowid: Int64(id), text: article.title)
        if let signature { try stories.add(signature, article: id) }
        try writeContent(of: prepared, articleID: id)
        return id
    }

    private func replace(_ id: Int, with prepared: PreparedArticle, timestamp: String) throws {
        try index.flush(into: database)  // the rows deleted below may be queued
        let (extracted, hash, signature) = (prepared.extracted, prepared.hash, prepared.signature)
        let article = extracted.article
        // Keep the stored url when another article already owns the new one: urls are unique.
        var url = article.url
        if let candidate = url, try database.statement(Self.urlOwner).first([.text(candidate), .integer(Int64(id))], { $0.int(0) }) != nil {
            url = nil
        }
        try stories.remove(article: id)
        try database.statement(Self.updateArticle).run(
            SQLValue(try sourceID(article.source)), .text(article.title), SQLValue(url),
            .text(Self.authorsJSON(article.authors)), SQLValue(article.published?.iso8601),
            SQLValue(article.published?.precision.rawValue), SQLValue(article.language), .blob(hash),
            .text(timestamp), .integer(Int64(id))
        )
        if let signature { try stories.add(signature, article: id) }
        try entities.deleteContent(ofArticle: id)
        try database.statement(Self.deleteParagraphs).run(.integer(Int64(id)))
        try writeContent(of: prepared, articleID: id)
    }

    private func writeContent(of prepared: PreparedArticle, articleID id: Int) throws {
        let insertParagraph = try database.statement(Self.insertParagraph)
        for (ordinal, text) in prepared.extracted.article.paragraphs.enumerated() {
            let rowid = ParagraphID.of(article: id, ordinal: ordinal)
            try insertParagraph.run(.integer(rowid), .text(text))
            index.add(.paragraph, rowid: rowid, text: text)
        }
        try entities.write(prepared, articleID: id)
    }

    private func addOrigin(_ origin: StoredOrigin, to id: Int) throws {
        try database.statement(Self.insertOrigin).run(.integer(try inputID(origin.path)), .integer(origin.item), .integer(Int64(id)))
    }

    /// The input's row, added the first time one of its articles is stored.
    private func inputID(_ path: String) throws -> Int64 {
        if let cached = inputIDs[path] { return cached }
        var id = try database.statement(Self.selectInput).first([.text(path)]) { $0.int64(0) }
        if id == nil {
            try database.statement(Self.insertInput).run(.text(path))
            id = database.lastInsertRowID
        }
        if inputIDs.count >= Self.inputCacheLimit { inputIDs.removeAll() }
        inputIDs[path] = id
        return id!
    }

    /// Inputs whose rows are cached: a folder of single-article files names a new one for
    /// every article, so the cache must not grow with the archive.
    private static let inputCacheLimit = 4_096

    private func deleteIfOrphaned(_ id: Int) throws {
        if try database.integer(Self.countOrigins, .integer(Int64(id))) == 0 {
            try index.flush(into: database)  // the rows deleted below may be queued
            try stories.remove(article: id)
            try database.statement(Self.deleteArticle).run(.integer(Int64(id)))
        }
    }

    private static let selectSource = "SELECT id FROM source WHERE name = ?"
    private static let insertSource = "INSERT INTO source (name) VALUES (?)"

    private func sourceID(_ name: String?) throws -> Int? {
        guard let name else { return nil }
        if let cached = sourceIDs[name] { return cached }
        let id: Int
        if let existing = try database.statement(Self.selectSource).first([.text(name)], { $0.int(0) }) {
            id = existing
        } else {
            try database.statement(Self.insertSource).run(.text(name))
            id = Int(database.lastInsertRowID)
        }
        sourceIDs[name] = id
        return id
    }

    static func authorsJSON(_ authors: [String]) -> String {
        JSONValue.array(authors.map(JSONValue.string)).serialized
    }
}
