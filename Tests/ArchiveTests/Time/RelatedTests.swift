import Testing
@testable import Archive

@Suite("Related articles")
struct RelatedTests {
    private let archive: ArchiveStore

    init() throws {
        archive = try MonthsArchive.makeArchive()
    }

    private func related(to name: String, _ configure: (inout RelatedRequest) throws -> Void = { _ in }) throws -> RelatedArticles {
        var request = RelatedRequest(articleID: try MonthsArchive.id(of: name, in: archive))
        try configure(&request)
        return try #require(try archive.related(request))
    }

    private func names(_ related: RelatedArticles) -> [String] {
        related.hits.compactMap { $0.article.origin?.replacingOccurrences(of: ".txt", with: "") }
    }

    @Test func articlesOnTheSameSubjectComeFirst() throws {
        let found = names(try related(to: "apr-bridge-1"))
        #expect(Set(found.prefix(2)) == ["apr-bridge-2", "apr-bridge-3"])
    }

    @Test func theArticleItselfIsLeftOut() throws {
        #expect(!names(try related(to: "jan-tariffs")).contains("jan-tariffs"))
    }

    @Test func nearDuplicatesInTheSameStoryAreLeftOut() throws {
        let first = try MonthsArchive.id(of: "apr-bridge-1", in: archive)
        let second = try MonthsArchive.id(of: "apr-bridge-2", in: archive)
        try archive.database.statement("UPDATE article SET story_id = (SELECT story_id FROM article WHERE id = ?1) WHERE id = ?2")
            .run(.integer(Int64(first)), .integer(Int64(second)))
        let found = names(try related(to: "apr-bridge-1"))
        #expect(!found.contains("apr-bridge-2"))
        #expect(found.first == "apr-bridge-3")
    }

    @Test func theSearchTermsAreTheArticlesDistinctiveWords() throws {
        let terms = try related(to: "apr-bridge-1").terms
        #expect(terms.contains("harbour"))
        #expect(terms.contains("cracks"))
        #expect(!terms.contains("the"))
        #expect(!terms.contains("routine"), "no other article uses it, so it cannot find one")
    }

    @Test func dateFiltersLeaveOutUndatedArticlesAndSayHowMany() throws {
        let all = names(try related(to: "jan-tariffs"))
        #expect(all.contains("undated-tariffs"))
        let dated = try related(to: "jan-tariffs") { $0.dates = try DateRange.parse(since: "2025-02", until: nil) }
        #expect(names(dated).allSatisfy { !$0.hasPrefix("jan") && $0 != "undated-tariffs" })
        #expect(names(dated).contains("may-tariffs"))
        #expect(dated.undatedExcluded == 1)
    }

    @Test func anUnknownIdHasNoRelatedArticles() throws {
        #expect(try archive.related(RelatedRequest(articleID: 9_999)) == nil)
    }
}
