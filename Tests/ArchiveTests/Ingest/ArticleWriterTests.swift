import Foundation
import Testing
@testable import Archive

@Suite("Storing articles: idempotent, updated in place, duplicates once")
struct ArticleWriterTests {
    private func article(_ origin: String, _ paragraphs: [String], title: String = "A title", url: String? = nil) -> ArticleDraft {
        ArticleDraft(origin: origin, title: title, url: url, paragraphs: paragraphs)
    }

    @Test func seedsIngestAsTwoArticlesWithTheirDates() throws {
        let archive = try makeStore()
        let outcomes = try store(SeedArticles.drafts(), in: archive)
        #expect(outcomes.map { if case .inserted = $0 { true } else { false } } == [true, true])
        let dates = try archive.database.statement("SELECT published FROM article ORDER BY id").rows { $0.text(0) }
        #expect(dates == ["2025-08-19", "2025-08-18"])
        #expect(try archive.count("paragraph") == 21)
    }

    @Test func ingestingTheSameArticleTwiceChangesNothing() throws {
        let archive = try makeStore()
        try store(SeedArticles.drafts(), in: archive)
        let outcomes = try store(SeedArticles.drafts(), in: archive)
        #expect(outcomes.allSatisfy { if case .unchanged = $0 { true } else { false } })
        #expect(try archive.count("article") == 2)
        #expect(try archive.count("paragraph") == 21)
    }

    @Test func changedTextFromTheSameOriginIsUpdatedInPlace() throws {
        let archive = try makeStore()
        let first = try store([article("a.txt", ["The ceasefire held overnight."])], in: archive)
        let second = try store([article("a.txt", ["The truce collapsed at dawn."])], in: archive)
        #expect(second == [.updated(articleID: first[0].articleID)])
        #expect(try archive.count("article") == 1)
        let hits = try archive.search(SearchRequest(text: .query(try SearchQuery.parse("ceasefire"))))
        #expect(hits.total == 0, "the old text must leave the search index")
        #expect(try archive.search(SearchRequest(text: .query(try SearchQuery.parse("truce")))).total == 1)
        #expect(try archive.integrityProblems() == [])
    }

    @Test func changedTitleAloneIsAnUpdate() throws {
        let archive = try makeStore()
        try store([article("a.txt", ["Same body."], title: "Old title")], in: archive)
        let outcome = try store([article("a.txt", ["Same body."], title: "New title")], in: archive)
        #expect(outcome.map { if case .updated = $0 { true } else { false } } == [true])
        #expect(try archive.search(SearchRequest(text: .query(try SearchQuery.parse("old")))).total == 0)
    }

    @Test func sameTextFromAnotherOriginIsStoredOnceWithBothOrigins() throws {
        let archive = try makeStore()
        let first = try store([article("a.txt", ["Identical wire story text."])], in: archive)
        let second = try store([article("copy/a.txt", ["Identical  wire story text!"])], in: archive)
        #expect(second == [.duplicate(articleID: first[0].articleID)])
        #expect(try archive.count("article") == 1)
        #expect(try archive.count("article_origin") == 2)
    }

    @Test func sameURLWithNewTextUpdatesTheArticle() throws {
        let archive = try makeStore()
        let first = try store([article("feed.xml#1", ["Early version."], url: "https://example.com/story")], in: archive)
        let second = try store([article("page.html", ["Later, longer version."], url: "https://example.com/story")], in: archive)
        #expect(second == [.updated(articleID: first[0].articleID)])
        #expect(try archive.count("article_origin") == 2)
    }

    @Test func anyMixOfIngestsUpdatesAndDeletionsKeepsTheIndexesConsistent() throws {
        let archive = try makeStore()
        try store(SeedArticles.drafts(), in: archive)
        try store([article("a.txt", ["one two"]), article("b.txt", ["three four"])], in: archive)
        try store([article("a.txt", ["five six"]), article("b.txt", ["one two"])], in: archive)
        try archive.database.execute("DELETE FROM article WHERE id = 1")
        try store([article("c.txt", ["seven"], title: "Changed")], in: archive)
        #expect(try archive.integrityProblems() == [])
    }
}
