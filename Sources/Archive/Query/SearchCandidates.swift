/// Every article a search matched, gathered from one pass over the matching paragraphs and one
/// over the matching titles, and ranked in memory.
///
/// Gathering the rows and ranking them here, rather than in one SQL statement, lets a single
/// FTS5 scan serve both the ranking of articles and the choice of the paragraphs each result
/// shows: bm25 is computed once per matching paragraph, and no query runs per result to find
/// its best paragraphs again.
struct SearchCandidates {
    /// A paragraph that matched, with what is needed to rank it among its article's paragraphs.
    struct Paragraph {
        var rowid: Int64
        var ordinal: Int
        /// bm25 as FTS5 reports it: lower is better.
        var rank: Double
        /// The paragraph holds the query's plain words side by side.
        var together = false
    }

    struct Article {
        var id: Int
        var titleRank: Double?
        var together = false
        var paragraphs: [Paragraph] = []
        /// Filled when a filter or a date sort needs it.
        var published: String?

        var bestParagraphRank: Double? { paragraphs.lazy.map(\.rank).min() }

        /// The best paragraph plus the title, weighted; lower is better, as bm25.
        var score: Double { (bestParagraphRank ?? 0) + ArticleSearch.titleWeight * (titleRank ?? 0) }

        /// The paragraphs to show: those with the words together first, then by rank, then in order.
        func shownParagraphs(limit: Int) -> ArraySlice<Paragraph> {
            paragraphs.sorted { lhs, rhs in
                if lhs.together != rhs.together { return lhs.together }
                if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
                return lhs.ordinal < rhs.ordinal
            }.prefix(max(0, limit))
        }
    }

    private(set) var articles: [Int: Article] = [:]
    /// Paragraph rowids where the plain words stand together.
    private var togetherParagraphs = Set<Int64>()

    mutating func addParagraph(article: Int, rowid: Int64, ordinal: Int, rank: Double) {
        articles[article, default: Article(id: article)].paragraphs.append(Paragraph(rowid: rowid, ordinal: ordinal, rank: rank))
    }

    mutating func addTitle(article: Int, rank: Double) {
        articles[article, default: Article(id: article)].titleRank = rank
    }

    /// Marks the paragraphs (and so their articles) where the words stand together. Paragraphs
    /// that did not match the query itself are ignored.
    mutating func markTogether(article: Int, rowid: Int64) {
        guard articles[article] != nil else { return }
        togetherParagraphs.insert(rowid)
        articles[article]!.together = true
    }

    /// Applies the together marks to the paragraphs; call once after the last `markTogether`.
    mutating func finishMarking() {
        guard !togetherParagraphs.isEmpty else { return }
        for id in articles.keys {
            guard articles[id]!.together else { continue }
            for index in articles[id]!.paragraphs.indices where togetherParagraphs.contains(articles[id]!.paragraphs[index].rowid) {
                articles[id]!.paragraphs[index].together = true
            }
        }
    }

    mutating func remove(_ ids: some Sequence<Int>) {
        for id in ids { articles[id] = nil }
    }

    /// Keeps the articles that passed the filters, with their dates.
    mutating func keep(_ passed: [(id: Int, published: String?)]) {
        var kept: [Int: Article] = [:]
        kept.reserveCapacity(passed.count)
        for (id, published) in passed {
            guard var article = articles[id] else { continue }
            article.published = published
            kept[id] = article
        }
        articles = kept
    }

    /// One page of the articles, in the order the request asks for. Dated sorts put undated
    /// articles last; ties fall back to relevance, then to the article id so that pages never
    /// overlap. Only small sort keys are sorted: a common word matches thousands of articles.
    func page(by sort: SearchRequest.Sort, offset: Int, limit: Int) -> [Article] {
        let byRelevance = articles.values
            .map { (id: $0.id, together: $0.together, score: $0.score) }
            .sorted { lhs, rhs in
                if lhs.together != rhs.together { return lhs.together }
                if lhs.score != rhs.score { return lhs.score < rhs.score }
                return lhs.id < rhs.id
            }
        var ids = byRelevance.map(\.id)
        if sort != .relevance {
            // A stable sort by date keeps relevance order among articles of the same date.
            let newest = sort == .newest
            ids = ids.map { (id: $0, published: articles[$0]!.published) }
                .sorted { lhs, rhs in
                    switch (lhs.published, rhs.published) {
                    case (nil, .some): return false
                    case (.some, nil): return true
                    case let (.some(l), .some(r)): return newest ? l > r : l < r
                    case (nil, nil): return false
                    }
                }
                .map(\.id)
        }
        return ids.dropFirst(max(0, offset)).prefix(max(0, limit)).map { articles[$0]! }
    }
}
