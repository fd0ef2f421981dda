/// Finds the story a new article belongs to: a stored article whose MinHash signature says
/// they share at least `minimumSimilarity` of their shingles.
///
/// Candidates come from the `article_band` and `article_band_recent` tables (locality-sensitive
/// hashing, see `MinHash.bandKeys`), so a lookup costs a few index probes however large the
/// archive. New bands go into the small recent table, and move into `article_band` in key
/// order when it is full (`mergeRecentBandsIfFull`; see schema.sql for why).
/// Signatures are not stored (they would be 128 bytes an article): a candidate's is computed
/// again from its paragraphs, and few articles ever share a band (773 pairs in the 20,768
/// articles of Reuters-21578 and BBC News).
struct NearDuplicateIndex {
    /// Syndicated copies with small edits share 0.8–0.95 of their shingles; separate stories
    /// on one subject rarely 0.2.
    static let minimumSimilarity = 0.6

    let database: Database
    /// Signatures computed from stored paragraphs. Candidates are the oldest articles of each
    /// band, so the same few come back for article after article of a popular subject: at 16×
    /// the benchmark corpus, computing them again was a tenth of the writer's time.
    private let computed = StoredSignatures()

    /// Rows `article_band_recent` may hold before they move into `article_band`: under 1 MB,
    /// some 200 pages. Each batch of 1,024 articles writes every page of the recent table it
    /// adds to (at most these 200), and each move writes the pages of `article_band` it adds to
    /// (at 16× the benchmark corpus up to 8,400, once every 8,192 articles). Smaller, the moves
    /// come more often; larger, every batch writes more recent pages.
    static let recentBandLimit = 65_536

    let recentLimit: Int

    init(database: Database, recentLimit: Int = Self.recentBandLimit) {
        self.database = database
        self.recentLimit = recentLimit
    }

    /// The oldest articles in one band. A story syndicated thousands of times puts them all
    /// in the same bands; comparing every one made each new copy slower than the last
    /// (20,000 copies took hours). Members of one story share its id, so a few of them decide.
    static let candidatesPerBand = 32

    /// One band's oldest articles in both tables: a merge of the two index ranges, each already
    /// in article order (the output column is b.article_id so that SQLite sees that order; with
    /// a.id, or over a UNION ALL subquery, it sorted a temporary B-tree for every band).
    private static let candidatesSQL = """
        SELECT b.article_id, a.story_id FROM article_band AS b JOIN article AS a ON a.id = b.article_id
        WHERE b.band_key = ?1
        UNION ALL
        SELECT b.article_id, a.story_id FROM article_band_recent AS b JOIN article AS a ON a.id = b.article_id
        WHERE b.band_key = ?1
        ORDER BY 1
        LIMIT \(candidatesPerBand)
        """
    private static let insertBandSQL = "INSERT OR IGNORE INTO article_band_recent (band_key, article_id) VALUES (?, ?)"
    private static let paragraphsSQL = "SELECT text FROM paragraph WHERE \(ParagraphID.SQLFragments.inArticle("id", article: "?1")) ORDER BY id"
    private static let deleteBandSQLs = [
        "DELETE FROM article_band WHERE band_key = ? AND article_id = ?",
        "DELETE FROM article_band_recent WHERE band_key = ? AND article_id = ?",
    ]
    private static let countRecentSQL = "SELECT count(*) FROM article_band_recent"
    /// Read in key order (the table is keyed so), so that `article_band` takes them in order.
    private static let mergeRecentSQL = """
        INSERT OR IGNORE INTO article_band (band_key, article_id)
            SELECT band_key, article_id FROM article_band_recent ORDER BY band_key, article_id;
        DELETE FROM article_band_recent;
        """

    /// The story of the most similar stored article above the threshold (the oldest on a tie).
    func story(near signature: MinHash, excluding article: Int? = nil) throws -> Int? {
        var best: (similarity: Double, article: Int, story: Int)?
        var compared = Set<Int>()
        let candidates = try database.statement(Self.candidatesSQL)
        for key in signature.bandKeys {
            for (id, story) in try candidates.rows([.integer(key)], { ($0.int(0), $0.int(1)) })
            where id != article && compared.insert(id).inserted {
                guard let other = try storedSignature(of: id) else { continue }
                let similarity = signature.similarity(to: other)
                guard similarity >= Self.minimumSimilarity else { continue }
                if best == nil || similarity > best!.similarity || (similarity == best!.similarity && id < best!.article) {
                    best = (similarity, id, story)
                }
            }
        }
        return best?.story
    }

    func add(_ signature: MinHash, article: Int) throws {
        let insert = try database.statement(Self.insertBandSQL)
        for key in signature.bandKeys { try insert.run(.integer(key), .integer(Int64(article))) }
    }

    /// Moves the recent bands into `article_band` once there are `recentLimit` of them. Call it
    /// at the end of a batch, in its transaction. Returns whether it moved them.
    @discardableResult
    func mergeRecentBandsIfFull() throws -> Bool {
        guard try database.integer(Self.countRecentSQL) ?? 0 >= recentLimit else { return false }
        try database.execute(Self.mergeRecentSQL)
        return true
    }

    /// The signature of a stored article, from its paragraphs as stored.
    func storedSignature(of article: Int) throws -> MinHash? {
        if let known = computed.signatures[article] { return known }
        let signature = MinHash(paragraphs: try database.statement(Self.paragraphsSQL).rows([.integer(Int64(article))]) { $0.text(0) })
        computed.keep(signature, of: article)
        return signature
    }

    /// Forgets the signatures computed so far: call it when paragraphs may have changed
    /// without `remove(article:)` (a rolled-back transaction).
    func discardComputed() {
        computed.signatures.removeAll()
    }

    /// Removes the bands of `article`, found again from its signature (the band tables are keyed
    /// by band, for `story(near:)`): call it before its paragraphs change or go.
    func remove(article: Int) throws {
        defer { computed.signatures[article] = nil }
        guard let signature = try storedSignature(of: article) else { return }
        for sql in Self.deleteBandSQLs {
            let delete = try database.statement(sql)
            for key in signature.bandKeys { try delete.run(.integer(key), .integer(Int64(article))) }
        }
    }
}

/// The signatures `NearDuplicateIndex` computed, up to `limit`: past it they start again from
/// empty, so that memory stays bounded however many stories the archive holds (32,768
/// signatures of 128 bytes: about 6 MB with the dictionary's own).
private final class StoredSignatures {
    static let limit = 32_768
    var signatures: [Int: MinHash?] = [:]

    func keep(_ signature: MinHash?, of article: Int) {
        if signatures.count >= Self.limit { signatures.removeAll(keepingCapacity: true) }
        signatures[article] = .some(signature)
    }
}
