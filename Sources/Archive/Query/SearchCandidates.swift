/// Every article a search matched, gathered from one pass over the matching paragraphs and one
/// over the matching titles, and ranked in memory.
///
/// Gathering the rows and ranking them here, rather than in one SQL statement, lets a single
/// FTS5 scan serve both the ranking of articles and the choice of the paragraphs each result
/// shows: bm25 is computed once per matching paragraph, and no query runs per result to find
/// its best paragraphs again.
///
/// A common word matches tens of thousands of paragraphs, so the layout is flat: the index
/// returns paragraphs in rowid order, which is article order (`ParagraphID`), so each article
/// is a range of one paragraph array, and the articles are one array sorted by id. A page is
/// picked without sorting every article.
struct SearchCandidates {
    /// A paragraph that matched, with what is needed to rank it among its article's paragraphs.
    struct Paragraph: Equatable {
        var rowid: Int64
        /// bm25 as FTS5 reports it: lower is better.
        var rank: Double
        /// The paragraph holds the query's plain words side by side.
        var together = false

        var ordinal: Int { ParagraphID.ordinal(of: rowid) }
    }

    struct Article {
        var id: Int
        /// Its matching paragraphs, in `SearchCandidates.paragraphs`.
        var paragraphs: Range<Int>
        var bestParagraphRank: Double?
        var titleRank: Double?
        var together = false
        /// Filled when a filter or a date sort needs it.
        var published: String?

        /// The best paragraph plus the title, weighted; lower is better, as bm25.
        var score: Double { (bestParagraphRank ?? 0) + ArticleSearch.titleWeight * (titleRank ?? 0) }
    }

    /// Every matching paragraph, in rowid order.
    private(set) var paragraphs: [Paragraph]
    /// Every matching article, by id.
    private(set) var articles: [Article] = []

    /// The matching paragraphs (rowid, bm25) and titles (article id, bm25), in any order.
    init(paragraphs matched: [(rowid: Int64, rank: Double)], titles: [(article: Int, rank: Double)]) {
        var matched = matched
        if zip(matched, matched.dropFirst()).contains(where: { $0.rowid > $1.rowid }) { matched.sort { $0.rowid < $1.rowid } }
        paragraphs = matched.map { Paragraph(rowid: $0.rowid, rank: $0.rank) }
        let titles = titles.sorted { $0.article < $1.article }
        articles.reserveCapacity(titles.count + paragraphs.count / 2)
        var nextTitle = 0
        var start = 0
        while start < paragraphs.count {
            let id = ParagraphID.article(of: paragraphs[start].rowid)
            while nextTitle < titles.count, titles[nextTitle].article < id {
                articles.append(Article(id: titles[nextTitle].article, paragraphs: start..<start, titleRank: titles[nextTitle].rank))
                nextTitle += 1
            }
            var end = start
            var best = paragraphs[start].rank
            while end < paragraphs.count, ParagraphID.article(of: paragraphs[end].rowid) == id {
                best = min(best, paragraphs[end].rank)
                end += 1
            }
            var article = Article(id: id, paragraphs: start..<end, bestParagraphRank: best)
            if nextTitle < titles.count, titles[nextTitle].article == id {
                article.titleRank = titles[nextTitle].rank
                nextTitle += 1
            }
            articles.append(article)
            start = end
        }
        for title in titles[nextTitle...] {
            articles.append(Article(id: title.article, paragraphs: paragraphs.count..<paragraphs.count, titleRank: title.rank))
        }
    }

    /// The matching article with this id, if any.
    func article(id: Int) -> Article? {
        index(of: id).map { articles[$0] }
    }

    private func index(of id: Int) -> Int? {
        var low = 0
        var high = articles.count
        while low < high {
            let middle = (low + high) / 2
            if articles[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < articles.count && articles[low].id == id ? low : nil
    }

    /// Marks the paragraphs (and so their articles) where the words stand together. Paragraphs
    /// that did not match the query itself are ignored.
    mutating func markTogether(_ rowids: [Int64]) {
        let marked = Set(rowids)
        guard !marked.isEmpty else { return }
        for index in articles.indices {
            for paragraph in articles[index].paragraphs where marked.contains(paragraphs[paragraph].rowid) {
                paragraphs[paragraph].together = true
                articles[index].together = true
            }
        }
    }

    mutating func remove(_ ids: some Sequence<Int>) {
        let removed = Set(ids)
        articles.removeAll { removed.contains($0.id) }
    }

    /// Keeps the articles that passed the filters, with their dates.
    mutating func keep(_ passed: [(id: Int, published: String?)]) {
        var kept = [Bool](repeating: false, count: articles.count)
        for (id, published) in passed {
            guard let index = index(of: id) else { continue }
            articles[index].published = published
            kept[index] = true
        }
        articles = articles.indices.filter { kept[$0] }.map { articles[$0] }
    }

    /// The paragraphs an article shows: those with the words together first, then by rank, then in order.
    func shownParagraphs(of article: Article, limit: Int) -> ArraySlice<Paragraph> {
        paragraphs[article.paragraphs].sorted { lhs, rhs in
            if lhs.together != rhs.together { return lhs.together }
            if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
            return lhs.rowid < rhs.rowid
        }.prefix(max(0, limit))
    }

    /// One page of the articles, in the order the request asks for. Dated sorts put undated
    /// articles last; ties fall back to relevance, then to the article id so that pages never
    /// overlap.
    func page(by sort: SearchRequest.Sort, offset: Int, limit: Int) -> [Article] {
        let wanted = max(0, offset) + max(0, limit)
        let first: [Int]
        switch sort {
        case .relevance:
            // Compared through a plain copy of what relevance looks at: an `Article` holds a
            // string (its date), so passing articles to the order retains and releases it —
            // a tenth of a common word's search at 16× the benchmark corpus.
            let keys = articles.map(RelevanceKey.init)
            first = keys.withUnsafeBufferPointer { keys in firstIndices(wanted) { Self.byRelevance(keys[$0], keys[$1]) } }
        case .newest: first = firstIndices(wanted) { Self.byDate(articles[$0], articles[$1], newest: true) }
        case .oldest: first = firstIndices(wanted) { Self.byDate(articles[$0], articles[$1], newest: false) }
        }
        return first.dropFirst(max(0, offset)).map { articles[$0] }
    }

    /// What the relevance order compares, and nothing that needs counting references.
    private struct RelevanceKey {
        let together: Bool
        let score: Double
        let id: Int

        init(_ article: Article) {
            (together, score, id) = (article.together, article.score, article.id)
        }
    }

    private static func byRelevance(_ lhs: RelevanceKey, _ rhs: RelevanceKey) -> Bool {
        if lhs.together != rhs.together { return lhs.together }
        if lhs.score != rhs.score { return lhs.score < rhs.score }
        return lhs.id < rhs.id
    }

    private static func byDate(_ lhs: Article, _ rhs: Article, newest: Bool) -> Bool {
        switch (lhs.published, rhs.published) {
        case (nil, .some): return false
        case (.some, nil): return true
        case let (.some(l), .some(r)) where l != r: return newest ? l > r : l < r
        default: return byRelevance(RelevanceKey(lhs), RelevanceKey(rhs))
        }
    }

    /// The indices of the first `count` articles in the order (a strict total order on indices:
    /// it never ties two articles), found in one pass that keeps the best so far sorted: a page
    /// is a few dozen articles out of thousands.
    private func firstIndices(_ count: Int, by inOrder: (Int, Int) -> Bool) -> [Int] {
        guard count > 0 else { return [] }
        if count >= articles.count / 4 {
            return Array(articles.indices.sorted(by: inOrder).prefix(count))
        }
        var best: [Int] = []
        best.reserveCapacity(count + 1)
        for index in articles.indices {
            if best.count == count, !inOrder(index, best[count - 1]) { continue }
            var low = 0
            var high = best.count
            while low < high {
                let middle = (low + high) / 2
                if inOrder(best[middle], index) { low = middle + 1 } else { high = middle }
            }
            best.insert(index, at: low)
            if best.count > count { best.removeLast() }
        }
        return best
    }
}
