import Foundation

/// Ranked full-text search over paragraphs and titles.
///
/// Articles match when a paragraph or the title holds every term. They rank by bm25 — the
/// best paragraph plus the title weighted double — and, for a query of several plain words,
/// articles where the words stand together as a phrase come first. Each hit carries its best
/// paragraphs, phrase matches first, with the matched words marked. An excluded word
/// (`-nato`) leaves out every article where it appears, not just the paragraphs.
struct ArticleSearch {
    let database: Database

    static let titleWeight = 2.0

    func run(_ request: SearchRequest) throws -> SearchResults {
        let person = try request.person.map { try EntityQueries(database: database).requireOne($0) }
        let match: String
        let phrase: String?
        var exclusion: String?
        switch request.text {
        case let .query(query):
            match = query.requiredExpression
            phrase = query.adjacentPhraseExpression
            exclusion = query.exclusionExpression
        case let .raw(text):
            match = text
            phrase = nil
        }
        do {
            return try search(request, match: match, phrase: phrase, exclusion: exclusion, person: person)
        } catch let error as SQLiteError {
            guard case .raw = request.text else { throw error }
            throw ArchiveError.invalidQuery(Self.plainWords(error.message))
        }
    }

    private func search(_ request: SearchRequest, match: String, phrase: String?, exclusion: String?, person: Int?) throws -> SearchResults {
        let ranked = try database.statement(Self.rankedSQL[SQLVariant(phrase: phrase != nil, exclusion: exclusion != nil)]!)
        func run(dates: DateRange, undatedOnly: Bool, limit: Int, offset: Int) throws -> (hits: [SearchHit], total: Int) {
            var total = 0
            let hits = try ranked.rows([
                .text(match), .text(phrase ?? match), SQLValue(dates.sqlLowerBound), SQLValue(dates.sqlUpperBound),
                SQLValue(request.source), SQLValue(person), .text(request.sort.rawValue),
                .integer(Int64(max(0, limit))), .integer(Int64(max(0, offset))), .text(exclusion ?? match), SQLValue(undatedOnly),
            ]) { row in
                total = row.int(7)
                return SearchHit(
                    article: ArticleSummary(
                        id: row.int(0), title: row.text(1), source: row.optionalText(2), published: row.optionalText(3),
                        url: row.optionalText(4), origin: row.optionalText(5)),
                    score: row.double(6), matches: [])
            }
            return (hits, total)
        }
        var (hits, total) = try run(dates: request.dates, undatedOnly: false, limit: request.limit, offset: request.offset)
        if hits.isEmpty, request.offset > 0 {
            total = try run(dates: request.dates, undatedOnly: false, limit: 1, offset: 0).total
        }
        for index in hits.indices {
            hits[index].matches = try matches(in: hits[index].article.id, match: match, phrase: phrase,
                                              limit: request.matchesPerArticle)
        }
        var undated = 0
        if !request.dates.isUnbounded {
            undated = try run(dates: DateRange(), undatedOnly: true, limit: 1, offset: 0).total
        }
        return SearchResults(hits: hits, total: total, undatedExcluded: undated)
    }

    private func matches(in article: Int, match: String, phrase: String?, limit: Int) throws -> [SearchMatch] {
        guard limit > 0,
              let (low, high) = try database.statement(Self.paragraphRangeSQL).first([.integer(Int64(article))], {
                  $0.isNull(0) ? nil : ($0.int64(0), $0.int64(1))
              }) ?? nil
        else { return [] }
        let bounds: [SQLValue] = [.integer(low), .integer(high), .integer(Int64(article))]
        var together = Set<Int>()
        if let phrase {
            together = Set(try database.statement(Self.paragraphsMatchingSQL).rows([.text(phrase)] + bounds) { $0.int(0) })
        }
        let found = try database.statement(Self.snippetSQL).rows([.text(match)] + bounds) { row in
            (match: SearchMatch(paragraph: row.int(0), snippet: Self.mergeAdjacentHighlights(row.text(1))), rank: row.double(2))
        }
        return found
            .sorted { lhs, rhs in
                let (l, r) = (together.contains(lhs.match.paragraph), together.contains(rhs.match.paragraph))
                if l != r { return l }
                if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
                return lhs.match.paragraph < rhs.match.paragraph
            }
            .prefix(limit)
            .map(\.match)
    }

    /// FTS5 marks each matched token; a phrase reads better marked once: `[security guarantees]`.
    static func mergeAdjacentHighlights(_ snippet: String) -> String {
        snippet.replacingOccurrences(of: "\(Highlight.close) \(Highlight.open)", with: " ")
    }

    /// SQLite's FTS5 messages, for a person who typed a raw query.
    private static func plainWords(_ message: String) -> String {
        message.replacingOccurrences(of: "fts5: ", with: "")
    }

    // MARK: - SQL

    private static let candidates = """
        para AS (
            SELECT p.article_id AS aid, min(f.rank) AS best
            FROM paragraph_fts AS f JOIN paragraph AS p ON p.id = f.rowid
            WHERE paragraph_fts MATCH ?1
            GROUP BY p.article_id),
        titled AS (
            SELECT rowid AS aid, rank AS best FROM article_fts WHERE article_fts MATCH ?1),
        matched AS (
            SELECT aid, min(pbest) AS pbest, min(tbest) AS tbest
            FROM (SELECT aid, best AS pbest, NULL AS tbest FROM para
                  UNION ALL SELECT aid, NULL, best FROM titled)
            GROUP BY aid)
        """

    private static let filters = """
        (?5 IS NULL OR s.name = ?5)
        AND (?6 IS NULL OR EXISTS (SELECT 1 FROM mention AS m WHERE m.article_id = a.id AND m.entity_id = ?6))
        """

    /// Which of the ranked query's shapes a search needs.
    struct SQLVariant: Hashable, CaseIterable {
        var phrase: Bool
        var exclusion: Bool

        static let allCases = [false, true].flatMap { phrase in [false, true].map { SQLVariant(phrase: phrase, exclusion: $0) } }
    }

    /// One constant SQL text per variant, built once from the pieces below.
    static let rankedSQL: [SQLVariant: String] = Dictionary(uniqueKeysWithValues: SQLVariant.allCases.map { variant in
        (variant, ranked(
            together: variant.phrase ? togetherSQL : "SELECT aid FROM matched WHERE ?2 IS NOT NULL",
            excluded: variant.exclusion ? excludedSQL : "SELECT NULL WHERE ?10 IS NULL"))
    })

    /// Articles where the paragraphs hold the plain words side by side.
    private static let togetherSQL = """
        SELECT DISTINCT p.article_id AS aid
        FROM paragraph_fts AS f JOIN paragraph AS p ON p.id = f.rowid
        WHERE paragraph_fts MATCH ?2
        """

    /// Articles where an excluded word appears, in a paragraph or the title.
    private static let excludedSQL = """
        SELECT p.article_id FROM paragraph_fts AS f JOIN paragraph AS p ON p.id = f.rowid WHERE paragraph_fts MATCH ?10
        UNION SELECT rowid FROM article_fts WHERE article_fts MATCH ?10
        """

    private static func ranked(together: String, excluded: String) -> String {
        """
        WITH \(candidates),
        together AS (\(together)),
        excluded AS (\(excluded))
        SELECT a.id, a.title, s.name, a.published, a.url,
               (SELECT origin FROM article_origin WHERE article_id = a.id ORDER BY id LIMIT 1),
               coalesce(m.pbest, 0) + \(titleWeight) * coalesce(m.tbest, 0) AS score,
               count(*) OVER () AS total,
               a.id IN (SELECT aid FROM together) AS is_together
        FROM matched AS m
        JOIN article AS a ON a.id = m.aid
        LEFT JOIN source AS s ON s.id = a.source_id
        WHERE (?3 IS NULL OR a.published >= ?3) AND (?4 IS NULL OR a.published < ?4)
          AND \(filters)
          AND a.id NOT IN (SELECT * FROM excluded)
          AND (?11 = 0 OR a.published IS NULL)
        ORDER BY
            CASE WHEN ?7 != 'relevance' THEN a.published IS NULL END,
            CASE WHEN ?7 = 'newest' THEN a.published END DESC,
            CASE WHEN ?7 = 'oldest' THEN a.published END,
            is_together DESC, score, a.id
        LIMIT ?8 OFFSET ?9
        """
    }

    /// Paragraph ids of one article are one run (they are inserted together), so FTS5 can
    /// limit its scan to that rowid range instead of every match in the archive.
    static let paragraphRangeSQL = "SELECT min(id), max(id) FROM paragraph WHERE article_id = ?"

    static let paragraphsMatchingSQL = """
        SELECT p.ordinal FROM paragraph_fts AS f JOIN paragraph AS p ON p.id = f.rowid
        WHERE paragraph_fts MATCH ?1 AND f.rowid BETWEEN ?2 AND ?3 AND p.article_id = ?4
        """

    static let snippetSQL = """
        SELECT p.ordinal, snippet(paragraph_fts, 0, char(2), char(3), '…', 40), f.rank
        FROM paragraph_fts AS f JOIN paragraph AS p ON p.id = f.rowid
        WHERE paragraph_fts MATCH ?1 AND f.rowid BETWEEN ?2 AND ?3 AND p.article_id = ?4
        """
}
