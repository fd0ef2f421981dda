import Foundation

/// `archive related ID`: which articles, and how many.
public struct RelatedRequest: Sendable {
    public var articleID: Int
    public var dates: DateRange
    public var source: String?
    public var limit: Int

    public init(articleID: Int, dates: DateRange = DateRange(), source: String? = nil, limit: Int = 10) {
        self.articleID = articleID
        self.dates = dates
        self.source = source
        self.limit = limit
    }
}

public struct RelatedHit: Sendable, Equatable {
    public var article: ArticleSummary
    /// bm25-based: lower is better, as SQLite reports it.
    public var score: Double
}

public struct RelatedArticles: Sendable, Equatable {
    public var article: ArticleSummary
    /// The article's most distinctive words, which the others were searched for.
    public var terms: [String]
    public var hits: [RelatedHit]
    /// Related articles left out because a date filter was given and they have no date.
    public var undatedExcluded: Int
}

/// Finds the articles most like one article: its most distinctive words (tf-idf over the
/// archive's paragraphs) searched for as one OR query, ranked by bm25 summed over each
/// article's matching paragraphs plus its title. The article and its near-duplicates (its
/// story) are left out.
struct RelatedQuery {
    let database: Database

    /// Words searched for: enough to characterise an article, few enough for a fast query.
    static let termCount = 12
    /// Words of the article whose document frequency is looked up, most frequent first.
    static let candidateWords = 60
    static let titleWeight = 2.0

    func run(_ request: RelatedRequest) throws -> RelatedArticles? {
        guard let article = try ArticleDetailQuery(database: database).article(id: request.articleID) else { return nil }
        let terms = try distinctiveWords(of: article)
        var result = RelatedArticles(article: article.summary, terms: terms, hits: [], undatedExcluded: 0)
        guard !terms.isEmpty else { return result }
        let match = terms.map { TopicsText.ftsExpression([$0]) }.joined(separator: " OR ")
        let filters: [SQLValue] = [
            .text(match), .integer(Int64(article.storyID)), SQLValue(request.dates.sqlLowerBound),
            SQLValue(request.dates.sqlUpperBound), SQLValue(request.source),
        ]
        result.hits = try database.statement(Self.relatedSQL).rows(filters + [.integer(Int64(max(0, request.limit)))]) { row in
            RelatedHit(article: ArticleSummary(id: row.int(0), title: row.text(1), source: row.optionalText(2),
                                               published: row.optionalText(3), url: row.optionalText(4), origin: row.optionalText(5)),
                       score: row.double(6))
        }
        if !request.dates.isUnbounded {
            result.undatedExcluded = try database.integer(Self.undatedSQL, .text(match), .integer(Int64(article.storyID)),
                                                          SQLValue(request.source)) ?? 0
        }
        return result
    }

    /// The article's words ranked by tf × idf, where idf counts the archive's paragraphs that
    /// hold the word. A word only this article uses cannot find anything and is skipped.
    func distinctiveWords(of article: ArticleDetail) throws -> [String] {
        var frequency: [String: Int] = [:]
        for (index, text) in ([article.summary.title] + article.paragraphs).enumerated() {
            for word in TopicsText.clauses(in: text).joined() where TopicsText.isContentWord(word) && word.count >= 3 {
                // Title words say most about what an article is about.
                frequency[word, default: 0] += index == 0 ? 2 : 1
            }
        }
        let totalParagraphs = Double(try database.integer(Self.allParagraphsSQL) ?? 0)
        // The article's paragraphs are one range of ids, so FTS5 counts its own uses of a word
        // from that range alone.
        let ids = ParagraphID.range(ofArticle: article.summary.id)
        let range: [SQLValue] = [.integer(ids.lowerBound), .integer(ids.upperBound)]
        let candidates = frequency.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(Self.candidateWords)
        var scored: [(word: String, score: Double)] = []
        for (word, count) in candidates {
            let match = SQLValue.text(TopicsText.ftsExpression([word]))
            let all = try database.integer(Self.documentFrequencySQL, match) ?? 0
            let own = try database.statement(Self.ownFrequencySQL).first([match] + range) { $0.int(0) } ?? 0
            guard all > own else { continue }
            scored.append((word, Double(count) * log(totalParagraphs / Double(all))))
        }
        return scored.sorted { ($0.score, $1.word) > ($1.score, $0.word) }.prefix(Self.termCount).map(\.word)
    }

    // MARK: - SQL

    static let allParagraphsSQL = "SELECT count(*) FROM paragraph"

    /// Paragraphs holding the word in the archive.
    static let documentFrequencySQL = "SELECT count(*) FROM paragraph_fts WHERE paragraph_fts MATCH ?1"

    /// Paragraphs of the article (ids ?2 to ?3) holding the word.
    static let ownFrequencySQL = "SELECT count(*) FROM paragraph_fts WHERE paragraph_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3"

    private static let candidates = """
        scored AS (
            SELECT \(ParagraphID.SQLFragments.article("f.rowid")) AS aid, f.rank AS rank
            FROM paragraph_fts AS f
            WHERE paragraph_fts MATCH ?1
            UNION ALL
            SELECT rowid, \(titleWeight) * rank FROM article_fts WHERE article_fts MATCH ?1),
        summed AS (SELECT aid, sum(rank) AS score FROM scored GROUP BY aid)
        """

    static let relatedSQL = """
        WITH \(candidates)
        SELECT a.id, a.title, s.name, a.published, a.url,
               (SELECT origin FROM article_origin WHERE article_id = a.id ORDER BY id LIMIT 1),
               m.score
        FROM summed AS m JOIN article AS a ON a.id = m.aid LEFT JOIN source AS s ON s.id = a.source_id
        WHERE a.story_id != ?2
          AND (?3 IS NULL OR a.published >= ?3) AND (?4 IS NULL OR a.published < ?4)
          AND (?5 IS NULL OR s.name = ?5)
        ORDER BY m.score, a.id
        LIMIT ?6
        """

    static let undatedSQL = """
        WITH \(candidates)
        SELECT count(*) FROM summed AS m JOIN article AS a ON a.id = m.aid LEFT JOIN source AS s ON s.id = a.source_id
        WHERE a.story_id != ?2 AND a.published IS NULL AND (?3 IS NULL OR s.name = ?3)
        """
}

extension ArchiveStore {
    /// The articles most like one article; nil when there is no article with that id.
    public func related(_ request: RelatedRequest) throws -> RelatedArticles? {
        try RelatedQuery(database: database).run(request)
    }
}
