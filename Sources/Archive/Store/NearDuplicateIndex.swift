/// Finds the story a new article belongs to: a stored article whose MinHash signature says
/// they share at least `minimumSimilarity` of their shingles.
///
/// Candidates come from the `article_band` table (locality-sensitive hashing, see
/// `MinHash.bandKeys`), so a lookup costs a few index probes however large the archive.
struct NearDuplicateIndex {
    /// Syndicated copies with small edits share 0.8–0.95 of their shingles; separate stories
    /// on one subject rarely 0.2.
    static let minimumSimilarity = 0.6

    let database: Database

    /// The oldest articles in one band. A story syndicated thousands of times puts them all
    /// in the same bands; comparing every one made each new copy slower than the last
    /// (20,000 copies took hours). Members of one story share its id, so a few of them decide.
    static let candidatesPerBand = 32

    private static let candidatesSQL = """
        SELECT a.id, a.story_id, a.minhash
        FROM article_band AS b JOIN article AS a ON a.id = b.article_id
        WHERE b.band_key = ? AND a.minhash IS NOT NULL
        ORDER BY b.article_id
        LIMIT \(candidatesPerBand)
        """
    private static let insertBandSQL = "INSERT OR IGNORE INTO article_band (band_key, article_id) VALUES (?, ?)"
    private static let deleteBandsSQL = "DELETE FROM article_band WHERE article_id = ?"

    /// The story of the most similar stored article above the threshold (the oldest on a tie).
    func story(near signature: MinHash, excluding article: Int? = nil) throws -> Int? {
        var best: (similarity: Double, article: Int, story: Int)?
        var compared = Set<Int>()
        let candidates = try database.statement(Self.candidatesSQL)
        for key in signature.bandKeys {
            for (id, story, bytes) in try candidates.rows([.integer(key)], { ($0.int(0), $0.int(1), $0.blob(2)) })
            where id != article && compared.insert(id).inserted {
                guard let other = MinHash(bytes: bytes) else { continue }
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

    func remove(article: Int) throws {
        try database.statement(Self.deleteBandsSQL).run(.integer(Int64(article)))
    }
}
