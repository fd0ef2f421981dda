import Testing
@testable import Archive

@Suite("Ranking search candidates in memory")
struct SearchCandidatesTests {
    /// Article 1: two paragraphs, best rank -3; article 2: one paragraph, rank -5 (better);
    /// article 3: a title match only, rank -2 (weighted double: -4).
    private func threeArticles() -> SearchCandidates {
        var candidates = SearchCandidates()
        candidates.addParagraph(article: 1, rowid: 10, ordinal: 0, rank: -1)
        candidates.addParagraph(article: 1, rowid: 11, ordinal: 1, rank: -3)
        candidates.addParagraph(article: 2, rowid: 20, ordinal: 0, rank: -5)
        candidates.addTitle(article: 3, rank: -2)
        return candidates
    }

    @Test func articlesRankByBestParagraphPlusTheTitleWeightedDouble() {
        let candidates = threeArticles()
        #expect(candidates.page(by: .relevance, offset: 0, limit: 10).map(\.id) == [2, 3, 1])
        #expect(candidates.articles[3]?.score == -4)
        #expect(candidates.articles[1]?.score == -3)
    }

    @Test func articlesWithTheWordsTogetherComeFirst() {
        var candidates = threeArticles()
        candidates.markTogether(article: 1, rowid: 10)
        candidates.finishMarking()
        #expect(candidates.page(by: .relevance, offset: 0, limit: 10).map(\.id) == [1, 2, 3])
    }

    @Test func aPhraseInAnArticleThatDidNotMatchIsIgnored() {
        var candidates = threeArticles()
        candidates.markTogether(article: 9, rowid: 90)
        candidates.finishMarking()
        #expect(candidates.articles[9] == nil)
    }

    @Test func shownParagraphsPutTogetherFirstThenRankThenOrder() {
        var candidates = SearchCandidates()
        candidates.addParagraph(article: 1, rowid: 10, ordinal: 0, rank: -1)
        candidates.addParagraph(article: 1, rowid: 11, ordinal: 1, rank: -4)
        candidates.addParagraph(article: 1, rowid: 12, ordinal: 2, rank: -4)
        candidates.addParagraph(article: 1, rowid: 13, ordinal: 3, rank: -2)
        candidates.markTogether(article: 1, rowid: 13)
        candidates.finishMarking()
        let shown = candidates.articles[1]!.shownParagraphs(limit: 3).map(\.ordinal)
        #expect(shown == [3, 1, 2])
    }

    @Test func pagesAreDisjointSlicesOfOneOrder() {
        let candidates = threeArticles()
        let all = candidates.page(by: .relevance, offset: 0, limit: 10).map(\.id)
        let pages = [0, 1, 2].flatMap { candidates.page(by: .relevance, offset: $0, limit: 1).map(\.id) }
        #expect(pages == all)
        #expect(candidates.page(by: .relevance, offset: 5, limit: 10).isEmpty)
    }

    @Test func datedSortsPutUndatedArticlesLastAndKeepRelevanceWithinADay() {
        var candidates = threeArticles()
        candidates.addParagraph(article: 4, rowid: 40, ordinal: 0, rank: -9)
        candidates.keep([(1, "2024-05-01"), (2, nil), (3, "2024-05-02"), (4, "2024-05-01")])
        #expect(candidates.page(by: .newest, offset: 0, limit: 10).map(\.id) == [3, 4, 1, 2])
        #expect(candidates.page(by: .oldest, offset: 0, limit: 10).map(\.id) == [4, 1, 3, 2])
    }

    @Test func keepDropsTheArticlesThatFailedTheFilters() {
        var candidates = threeArticles()
        candidates.keep([(2, "2024-01-01")])
        #expect(candidates.articles.keys.sorted() == [2])
        #expect(candidates.articles[2]?.published == "2024-01-01")
    }

    @Test func removedArticlesAreGone() {
        var candidates = threeArticles()
        candidates.remove([1, 3])
        #expect(candidates.page(by: .relevance, offset: 0, limit: 10).map(\.id) == [2])
    }
}
