import Testing
@testable import Archive

@Suite("Search over the seed articles")
struct ArticleSearchTests {
    private let archive: ArchiveStore

    init() throws {
        archive = try makeStore()
        try store(SeedArticles.drafts(), in: archive)
    }

    private func search(_ text: String, _ configure: (inout SearchRequest) -> Void = { _ in }) throws -> SearchResults {
        var request = SearchRequest(text: .query(try SearchQuery.parse(text)), matchesPerArticle: 10)
        configure(&request)
        return try archive.search(request)
    }

    private func phraseParagraphs(_ hit: SearchHit) -> [Int] {
        hit.matches.filter { $0.snippet.contains("\(Highlight.open)security guarantees\(Highlight.close)") }.map(\.paragraph)
    }

    @Test func securityGuaranteesFindsBothSeedsWithTheirPhraseParagraphs() throws {
        let results = try search("security guarantees")
        #expect(results.hits.map(\.article.origin) == ["seeds/000_f211d7d9a8802f9f.txt", "seeds/003_6986685d80bdd0e5.txt"])
        #expect(phraseParagraphs(results.hits[0]).count == 4)
        #expect(phraseParagraphs(results.hits[1]).count == 2)
    }

    @Test func paragraphsWithThePhraseRankAboveThoseWithTheWordsApart() throws {
        let hit = try #require(try search("security guarantees").hits.last)
        let apart = try #require(hit.matches.firstIndex { !$0.snippet.contains("security guarantees") })
        #expect(hit.matches[apart].paragraph == 3, "paragraph 4 of 003 has 'guarantees' and 'security' apart")
        #expect(hit.matches.prefix(apart).count == 2)
    }

    @Test func articlesWithThePhraseRankAboveArticlesWithTheWordsApart() throws {
        let apart = ArticleDraft(origin: "apart.txt", title: "Apart",
                                 paragraphs: ["Security was discussed, and so were guarantees, many times over and over."])
        try store([apart], in: archive)
        let results = try search("security guarantees")
        #expect(results.hits.last?.article.origin == "apart.txt")
    }

    @Test func anExcludedWordLeavesOutTheWholeArticle() throws {
        // Only 000 mentions Hungary, in its last paragraph; its other Ukraine paragraphs must not bring it back.
        #expect(try search("ukraine -hungary").hits.map(\.article.origin) == ["seeds/003_6986685d80bdd0e5.txt"])
        #expect(try search("ukraine -nato").total == 0)
    }

    @Test func titleMatchesCount() throws {
        try store([ArticleDraft(origin: "t.txt", title: "Zebras everywhere", paragraphs: ["Nothing relevant here."])], in: archive)
        #expect(try search("zebras").hits.map(\.article.origin) == ["t.txt"])
    }

    @Test func dateFiltersAreInclusiveAndCountUndatedArticles() throws {
        try store([ArticleDraft(origin: "undated.txt", title: "Undated", paragraphs: ["Security guarantees, undated."])], in: archive)
        let on18 = try search("security guarantees") { $0.dates = try! DateRange.parse(since: "2025-08-18", until: "2025-08-18") }
        #expect(on18.hits.map(\.article.origin) == ["seeds/003_6986685d80bdd0e5.txt"])
        #expect(on18.undatedExcluded == 1)
        let august = try search("security guarantees") { $0.dates = try! DateRange.parse(since: nil, until: nil, on: "2025-08") }
        #expect(august.total == 2)
    }

    @Test func newestSortPutsTheLatestFirst() throws {
        let results = try search("Zelensky OR Zelenskyy") { $0.sort = .oldest }
        #expect(results.hits.map(\.article.published) == ["2025-08-18", "2025-08-19"])
    }

    @Test func limitAndOffsetPage() throws {
        let second = try search("security guarantees") { $0.limit = 1; $0.offset = 1 }
        #expect(second.hits.map(\.article.origin) == ["seeds/003_6986685d80bdd0e5.txt"])
        #expect(second.total == 2)
    }

    @Test func sourceFilterKeepsOnlyThatSource() throws {
        try store([ArticleDraft(origin: "s.txt", title: "Sourced", source: "Example News", paragraphs: ["Security guarantees again."])], in: archive)
        let results = try search("security guarantees") { $0.source = "example news" }
        #expect(results.hits.map(\.article.origin) == ["s.txt"])
    }

    @Test func rawQueriesUseFTS5Syntax() throws {
        let results = try archive.search(SearchRequest(text: .raw("NEAR(security guarantees, 2)")))
        #expect(results.total == 2)
    }

    @Test func invalidRawQueryIsAnInvalidQueryError() throws {
        #expect(throws: ArchiveError.self) { try archive.search(SearchRequest(text: .raw("AND OR ("))) }
    }

    /// Whatever a person types, search answers: results or an empty-query message, never an FTS5 error.
    @Test(arguments: [
        "Article Five-like", "U.S.", "don't", "NATO?", "C++", "50%", "\"", "“security", "”", "'", "NEAR(",
        "AND", "OR", "NOT", "security AND", "OR nato", "-", "--", "*", "nato*", "\"nato\"*", "a:b", "title:nato",
        "col:\"x\"", "{nato}", "(nato", "nato)", "^nato", "nato + ukraine", "'; DROP TABLE article; --",
        "\u{0}nato", "nato\u{7}", "\u{202E}nato", "🇺🇦 Ukraine", "Zelenskyy’s", "São Paulo", "naïve café",
        String(repeating: "nato ", count: 200), "\"unclosed phrase", "-\"peace deal\"", "x OR OR y",
    ])
    func hostileQueriesReturnNormally(_ typed: String) throws {
        do {
            _ = try search(typed)
        } catch let error as ArchiveError {
            // Only two answers are allowed besides results: nothing to search for, or only exclusions.
            switch error {
            case .emptyQuery, .invalidQuery: break
            default: Issue.record("unexpected error \(error) for \(typed.debugDescription)")
            }
        }
    }
}
