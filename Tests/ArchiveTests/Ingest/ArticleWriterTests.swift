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

    @Test func reingestingCopiesWithTheirOwnTitlesChangesNothing() throws {
        let archive = try makeStore()
        let copies = [article("wire.jsonl#1", ["Identical wire story text."], title: "First title"),
                      article("wire.jsonl#2", ["Identical wire story text."], title: "Second title")]
        let first = try store(copies, in: archive)
        #expect(first[1] == .duplicate(articleID: first[0].articleID))
        for _ in 0..<2 {
            let again = try store(copies, in: archive)
            #expect(again == [.unchanged(articleID: first[0].articleID), .unchanged(articleID: first[0].articleID)])
        }
        #expect(try archive.database.statement("SELECT title FROM article").rows { $0.text(0) } == ["First title"])
    }

    @Test func sameURLWithNewTextUpdatesTheArticle() throws {
        let archive = try makeStore()
        let first = try store([article("feed.xml#1", ["Early version."], url: "https://example.com/story")], in: archive)
        let second = try store([article("page.html", ["Later, longer version."], url: "https://example.com/story")], in: archive)
        #expect(second == [.updated(articleID: first[0].articleID)])
        #expect(try archive.count("article_origin") == 2)
    }

    private static let wireStory = [
        "Grain prices fell sharply on Tuesday after negotiators in Geneva announced a tentative agreement to reopen the Black Sea shipping corridor, easing fears of a winter shortage across North Africa and the Middle East.",
        "The deal, brokered over three days of talks, would allow cargo ships to leave Odesa, Chornomorsk and Pivdennyi under international inspection, according to a draft seen by reporters.",
        "Wheat futures in Chicago dropped nearly six percent in early trading, their largest one-day fall since March, while corn and soybean contracts also slipped.",
        "Officials cautioned that the agreement still needed approval from both governments and that insurers would have to return before traffic resumed at scale.",
        "Aid agencies welcomed the news but warned that millions of people in import-dependent countries had already cut meals as bread prices doubled over the past year.",
        "A joint coordination centre in Istanbul would monitor the vessels, and any violation would be referred to a panel of observers from the United Nations.",
        "Shipping companies said it could take weeks to clear mines from the approaches to the ports and to assemble crews willing to sail.",
    ]

    @Test func nearDuplicatesJoinTheSameStory() throws {
        let archive = try makeStore()
        // The same story as another outlet ran it: one word changed and a credit line added.
        var edited = Self.wireStory
        edited[2] = edited[2].replacingOccurrences(of: "nearly six percent", with: "almost six percent")
        edited.append("Additional reporting by our correspondent.")
        let outcomes = try store([article("wire.txt", Self.wireStory), article("outlet.txt", edited),
                                  article("other.txt", Self.wireStory.map { String($0.reversed()) })], in: archive)
        let stories = try archive.database.statement("SELECT story_id FROM article ORDER BY id").rows { $0.int(0) }
        #expect(outcomes.count == 3)
        #expect(stories[0] == stories[1], "an edited copy of the same story joins its story")
        #expect(stories[2] != stories[0])
    }

    /// One writer remembers the signatures it computed from stored paragraphs; an article whose
    /// text changes must be compared by its new text, not by what the writer remembered.
    @Test func aStoryIsFoundByTheTextAnArticleHasNowNotTheTextItHadBefore() throws {
        let archive = try makeStore()
        let writer = ArticleWriter(store: archive)
        let extractor = ArticleExtractor()
        func write(_ draft: ArticleDraft) throws -> StoreOutcome {
            try archive.writeBatch { [try writer.store(extractor.extract(draft.normalized()))] }[0]
        }
        let otherStory = Self.wireStory.map { String($0.reversed()) }
        var edited = Self.wireStory
        edited.append("Additional reporting by our correspondent.")
        var editedOther = otherStory
        editedOther.append("Additional reporting by our correspondent.")

        let first = try write(article("wire.txt", Self.wireStory))
        _ = try write(article("outlet.txt", edited))  // compares "wire.txt" by its signature
        #expect(try write(article("wire.txt", otherStory)) == .updated(articleID: first.articleID))
        _ = try write(article("late.txt", editedOther))

        let stories = try archive.database.statement("SELECT story_id FROM article ORDER BY id").rows { $0.int(0) }
        #expect(stories.count == 3)
        #expect(stories[2] == stories[0], "the copy of the new text joins the updated article's story")
    }

    @Test func bandKeysFitInFourBytes() throws {
        let signature = try #require(MinHash(paragraphs: Self.wireStory))
        #expect(signature.bandKeys.count == MinHash.bands)
        #expect(signature.bandKeys.allSatisfy { Int64(Int32.min)...Int64(Int32.max) ~= $0 })
    }

    @Test func shortTextsAreNotFingerprinted() {
        #expect(MinHash(paragraphs: ["Too short to tell."]) == nil)
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
