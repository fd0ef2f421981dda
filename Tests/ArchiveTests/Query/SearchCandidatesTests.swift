import Testing
@testable import Archive

@Suite("Ranking search candidates in memory")
struct SearchCandidatesTests {
    private static func paragraph(_ article: Int, _ ordinal: Int, rank: Double) -> (rowid: Int64, rank: Double) {
        (ParagraphID.of(article: article, ordinal: ordinal), rank)
    }

    /// Article 1: two paragraphs, best rank -3; article 2: one paragraph, rank -5 (better);
    /// article 3: a title match only, rank -2 (weighted double: -4).
    private func threeArticles(plus more: [(rowid: Int64, rank: Double)] = []) -> SearchCandidates {
        SearchCandidates(
            paragraphs: [Self.paragraph(1, 0, rank: -1), Self.paragraph(1, 1, rank: -3), Self.paragraph(2, 0, rank: -5)] + more,
            titles: [(3, -2)])
    }

    @Test func articlesRankByBestParagraphPlusTheTitleWeightedDouble() {
        let candidates = threeArticles()
        #expect(candidates.page(by: .relevance, offset: 0, limit: 10).map(\.id) == [2, 3, 1])
        #expect(candidates.article(id: 3)?.score == -4)
        #expect(candidates.article(id: 1)?.score == -3)
    }

    @Test func aTitleMatchAddsToTheArticlesParagraphs() {
        let candidates = SearchCandidates(paragraphs: [Self.paragraph(1, 0, rank: -1), Self.paragraph(2, 0, rank: -2)],
                                          titles: [(1, -1), (0, -3), (5, -1)])
        #expect(candidates.articles.map(\.id) == [0, 1, 2, 5], "by id, title-only articles included")
        #expect(candidates.article(id: 1)?.score == -3)
        #expect(candidates.page(by: .relevance, offset: 0, limit: 10).map(\.id) == [0, 1, 2, 5])
    }

    @Test func paragraphsInAnyOrderAreGroupedByArticle() {
        let candidates = SearchCandidates(
            paragraphs: [Self.paragraph(2, 1, rank: -1), Self.paragraph(1, 0, rank: -2), Self.paragraph(2, 0, rank: -4)], titles: [])
        #expect(candidates.articles.map(\.id) == [1, 2])
        #expect(candidates.article(id: 2)?.bestParagraphRank == -4)
    }

    @Test func articlesWithTheWordsTogetherComeFirst() {
        var candidates = threeArticles()
        candidates.markTogether([ParagraphID.of(article: 1, ordinal: 0)])
        #expect(candidates.page(by: .relevance, offset: 0, limit: 10).map(\.id) == [1, 2, 3])
    }

    @Test func aPhraseInAnArticleThatDidNotMatchIsIgnored() {
        var candidates = threeArticles()
        candidates.markTogether([ParagraphID.of(article: 9, ordinal: 0)])
        #expect(candidates.article(id: 9) == nil)
        #expect(candidates.articles.allSatisfy { !$0.together })
    }

    @Test func shownParagraphsPutTogetherFirstThenRankThenOrder() {
        var candidates = SearchCandidates(paragraphs: [
            Self.paragraph(1, 0, rank: -1), Self.paragraph(1, 1, rank: -4), Self.paragraph(1, 2, rank: -4), Self.paragraph(1, 3, rank: -2),
        ], titles: [])
        candidates.markTogether([ParagraphID.of(article: 1, ordinal: 3)])
        let shown = candidates.shownParagraphs(of: candidates.article(id: 1)!, limit: 3).map(\.ordinal)
        #expect(shown == [3, 1, 2])
    }

    @Test func pagesAreDisjointSlicesOfOneOrder() {
        let candidates = threeArticles()
        let all = candidates.page(by: .relevance, offset: 0, limit: 10).map(\.id)
        let pages = [0, 1, 2].flatMap { candidates.page(by: .relevance, offset: $0, limit: 1).map(\.id) }
        #expect(pages == all)
        #expect(candidates.page(by: .relevance, offset: 5, limit: 10).isEmpty)
    }

    @Test func aPageOfManyIsTheStartOfTheFullOrder() {
        // Enough articles that a page is picked without sorting them all.
        let paragraphs = (1...500).map { Self.paragraph($0, 0, rank: -Double(($0 * 37) % 101)) }
        let candidates = SearchCandidates(paragraphs: paragraphs, titles: [])
        let full = candidates.page(by: .relevance, offset: 0, limit: 500).map(\.id)
        #expect(full.count == 500)
        #expect(candidates.page(by: .relevance, offset: 0, limit: 20).map(\.id) == Array(full.prefix(20)))
        #expect(candidates.page(by: .relevance, offset: 40, limit: 20).map(\.id) == Array(full[40..<60]))
    }

    @Test func datedSortsPutUndatedArticlesLastAndKeepRelevanceWithinADay() {
        var candidates = threeArticles(plus: [Self.paragraph(4, 0, rank: -9)])
        candidates.keep([(1, "2024-05-01"), (2, nil), (3, "2024-05-02"), (4, "2024-05-01")])
        #expect(candidates.page(by: .newest, offset: 0, limit: 10).map(\.id) == [3, 4, 1, 2])
        #expect(candidates.page(by: .oldest, offset: 0, limit: 10).map(\.id) == [4, 1, 3, 2])
    }

    @Test func keepDropsTheArticlesThatFailedTheFilters() {
        var candidates = threeArticles()
        candidates.keep([(2, "2024-01-01")])
        #expect(candidates.articles.map(\.id) == [2])
        #expect(candidates.article(id: 2)?.published == "2024-01-01")
    }

    @Test func removedArticlesAreGone() {
        var candidates = threeArticles()
        candidates.remove([1, 3])
        #expect(candidates.page(by: .relevance, offset: 0, limit: 10).map(\.id) == [2])
    }
}
