import Foundation

/// Ranked full-text search over paragraphs and titles.
///
/// Articles match when a paragraph or the title holds every term. They rank by bm25 — the
/// best paragraph plus the title weighted double — and, for a query of several plain words,
/// articles where the words stand together as a phrase come first. Each hit carries its best
/// paragraphs, phrase matches first, with the matched words marked. An excluded word
/// (`-nato`) leaves out every article where it appears, not just the paragraphs.
///
/// A search is a handful of statements whatever the number of results: one FTS5 scan of the
/// matching paragraphs (bm25 computed once per paragraph), one of the titles, one of the
/// phrase, one of the excluded words, one for the filters, one for the page's articles, and
/// one snippet query per result. `SearchCandidates` ranks in memory.
struct ArticleSearch {
    let database: Database

    static let titleWeight = 2.0

    /// bm25, reading each row's length without a statement per row (`FullTextRank`).
    static let paragraphRank = FullTextRank(table: "paragraph_fts")
    static let titleRank = FullTextRank(table: "article_fts")

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
        try database.register(Self.paragraphRank)
        try database.register(Self.titleRank)
        var candidates = SearchCandidates(
            paragraphs: try database.statement(Self.matchingParagraphsSQL).rows([.text(match)]) { ($0.int64(0), $0.double(1)) },
            titles: try database.statement(Self.matchingTitlesSQL).rows([.text(match)]) { ($0.int(0), $0.double(1)) })
        if let phrase {
            candidates.markTogether(try database.statement(Self.togetherSQL).rows([.text(phrase)]) { $0.int64(0) })
        }
        if let exclusion {
            candidates.remove(try database.statement(Self.excludedSQL).rows([.text(exclusion)]) { $0.int(0) })
        }
        var undated = 0
        if !request.dates.isUnbounded || request.source != nil || person != nil || request.sort != .relevance {
            undated = try filter(&candidates, request, person: person)
        }
        let page = candidates.page(by: request.sort, offset: request.offset, limit: request.limit)
        let summaries = try self.summaries(of: page.map(\.id))
        let hits = try page.map { article in
            SearchHit(article: summaries[article.id]!, score: article.score,
                      matches: try matches(of: article, in: candidates, match: match, limit: request.matchesPerArticle))
        }
        return SearchResults(hits: hits, total: candidates.articles.count, undatedExcluded: undated)
    }

    /// Keeps the candidates that pass the date, source and person filters, with their dates;
    /// returns how many were left out only for having no date when a date filter was given.
    private func filter(_ candidates: inout SearchCandidates, _ request: SearchRequest, person: Int?) throws -> Int {
        let rows = try database.statement(Self.filterSQL).rows([
            .text(Self.jsonArray(candidates.articles.lazy.map(\.id))), SQLValue(request.dates.sqlLowerBound),
            SQLValue(request.dates.sqlUpperBound), SQLValue(request.source), SQLValue(person),
        ]) { (id: $0.int(0), published: $0.optionalText(1), inRange: $0.int(2) == 1) }
        let passed = rows.filter { request.dates.isUnbounded || $0.inRange }
        candidates.keep(passed.map { ($0.id, $0.published) })
        return request.dates.isUnbounded ? 0 : rows.count { $0.published == nil }
    }

    private func summaries(of ids: [Int]) throws -> [Int: ArticleSummary] {
        guard !ids.isEmpty else { return [:] }
        let summaries = try database.statement(Self.summariesSQL).rows([.text(Self.jsonArray(ids))]) { row in
            ArticleSummary(
                id: row.int(0), title: row.text(1), source: row.optionalText(2), published: row.optionalText(3),
                url: row.optionalText(4), origin: row.optionalText(5))
        }
        return Dictionary(uniqueKeysWithValues: summaries.map { ($0.id, $0) })
    }

    /// Snippets for the paragraphs an article shows, from one FTS5 query over the rowid range
    /// that holds them (an article's paragraph ids are one range: `ParagraphID`).
    private func matches(of article: SearchCandidates.Article, in candidates: SearchCandidates, match: String, limit: Int) throws -> [SearchMatch] {
        let shown = candidates.shownParagraphs(of: article, limit: limit)
        guard let low = shown.map(\.rowid).min(), let high = shown.map(\.rowid).max() else { return [] }
        let snippets = Dictionary(uniqueKeysWithValues: try database.statement(Self.snippetSQL).rows(
            [.text(match), .integer(low), .integer(high)]) { ($0.int64(0), $0.text(1)) })
        return shown.compactMap { paragraph in
            snippets[paragraph.rowid].map { SearchMatch(paragraph: paragraph.ordinal, snippet: Self.mergeAdjacentHighlights($0)) }
        }
    }

    /// Ids as a JSON array, bound as one value and read back with `json_each`.
    private static func jsonArray(_ ids: some Sequence<Int>) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    /// FTS5 marks each matched token; a phrase reads better marked once: `[security guarantees]`.
    /// On UTF-8 bytes (the markers are single ASCII bytes): Foundation's `replacingOccurrences`
    /// bridges through NSString, 15% of a common word's search at 1× for its 100 snippets.
    static func mergeAdjacentHighlights(_ snippet: String) -> String {
        let (openByte, closeByte, space) = (Highlight.openByte, Highlight.closeByte, UInt8(ascii: " "))
        let bytes = Array(snippet.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == closeByte, index + 2 < bytes.count, bytes[index + 1] == space, bytes[index + 2] == openByte {
                out.append(space)
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// SQLite's FTS5 messages, for a person who typed a raw query.
    private static func plainWords(_ message: String) -> String {
        message.replacingOccurrences(of: "fts5: ", with: "")
    }

    // MARK: - SQL

    /// In rowid order, which is article order (`ParagraphID`).
    static let matchingParagraphsSQL = """
        SELECT rowid, \(paragraphRank.functionName)(paragraph_fts) FROM paragraph_fts WHERE paragraph_fts MATCH ?1 ORDER BY rowid
        """

    static let matchingTitlesSQL = "SELECT rowid, \(titleRank.functionName)(article_fts) FROM article_fts WHERE article_fts MATCH ?1"

    /// Paragraphs where the plain words stand side by side.
    static let togetherSQL = "SELECT rowid FROM paragraph_fts WHERE paragraph_fts MATCH ?1"

    /// Articles where an excluded word appears, in a paragraph or the title.
    static let excludedSQL = """
        SELECT \(ParagraphID.SQLFragments.article("f.rowid")) FROM paragraph_fts AS f WHERE paragraph_fts MATCH ?1
        UNION SELECT rowid FROM article_fts WHERE article_fts MATCH ?1
        """

    /// The candidates (?1, a JSON array of ids) that pass the source and person filters, with
    /// their dates and whether the date lies in the range [?2, ?3).
    static let filterSQL = """
        SELECT a.id, a.published,
               a.published IS NOT NULL AND (?2 IS NULL OR a.published >= ?2) AND (?3 IS NULL OR a.published < ?3)
        FROM json_each(?1) AS j
        JOIN article AS a ON a.id = j.value
        LEFT JOIN source AS s ON s.id = a.source_id
        WHERE (?4 IS NULL OR s.name = ?4)
          AND (?5 IS NULL OR EXISTS (SELECT 1 FROM mention AS m WHERE m.article_id = a.id AND m.entity_id = ?5))
        """

    static let summariesSQL = """
        SELECT a.id, a.title, s.name, a.published, a.url,
               (SELECT origin FROM article_origin WHERE article_id = a.id ORDER BY id LIMIT 1)
        FROM json_each(?1) AS j
        JOIN article AS a ON a.id = j.value
        LEFT JOIN source AS s ON s.id = a.source_id
        """

    static let snippetSQL = """
        SELECT rowid, snippet(paragraph_fts, 0, char(2), char(3), '…', 40)
        FROM paragraph_fts WHERE paragraph_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3
        """
}
