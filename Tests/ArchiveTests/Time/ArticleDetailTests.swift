import Testing
@testable import Archive

/// `show` and `export` over hand-made extractions, so that the record is specified whatever
/// the extractors find.
@Suite("Stored articles: show and export")
struct ArticleDetailTests {
    private let archive: ArchiveStore
    private let extracted: [ExtractedArticle]

    init() throws {
        archive = try makeStore()
        let talks = ExtractedArticle(
            article: ArticleDraft(origin: "talks.txt", title: "Talks in Geneva", authors: ["Ana Ruiz", "Bo Li"],
                                  published: PublishedDate(year: 2025, month: 8, day: 18, hour: 9, minute: 30),
                                  source: "Gazette", url: "https://example.org/talks", language: "en",
                                  paragraphs: ["Ana Ruiz met the envoy in Geneva.", "“We are close,” the envoy said."]),
            // In text order, the title first, as the extractors give them (and the archive reads them back).
            entities: [
                EntityMention(text: "Geneva", kind: .place, name: "Geneva", paragraph: nil, start: 9, end: 15),
                EntityMention(text: "Ana Ruiz", kind: .person, name: "Ana Ruiz", paragraph: 0, start: 0, end: 8, role: "Minister"),
                EntityMention(text: "Geneva", kind: .place, name: "Geneva", paragraph: 0, start: 26, end: 32),
            ],
            quotes: [Quotation(text: "We are close", kind: .direct, speaker: nil, speakerText: "the envoy", cue: "said",
                               paragraph: 1, start: 1, end: 13)])
        let undated = ExtractedArticle(article: ArticleDraft(origin: "notes.txt", title: "Notes", paragraphs: ["Undated notes."]))
        let courier = ExtractedArticle(article: ArticleDraft(
            origin: "later.txt", title: "Later", published: PublishedDate(year: 2025, month: 9, day: 1), source: "Courier",
            paragraphs: ["A later piece."]))
        extracted = [talks, undated, courier]
        let writer = ArticleWriter(store: archive)
        try archive.writeBatch { _ = try extracted.map { try writer.store($0) } }
    }

    @Test func anArticleReadsBackAsItWasExtracted() throws {
        let detail = try #require(try archive.article(id: 1))
        #expect(detail.extracted == extracted[0])
        #expect(detail.origins == ["talks.txt"])
        #expect(detail.mentions.map(\.entityID).count == 3)
        #expect(detail.quotes.first?.speakerID == nil)
    }

    @Test func theRecordIsTheExtractRecordFollowedByIds() throws {
        let detail = try #require(try archive.article(id: 1))
        guard case let .object(members) = detail.record, case let .object(expected) = ArticleRecord.json(extracted[0]) else {
            Issue.record("records are objects")
            return
        }
        #expect(members.map(\.0) == expected.map(\.0) + ["id", "story_id", "origins"])
        #expect(members.first { $0.0 == "title" }?.1 == .string("Talks in Geneva"))
        #expect(members.first { $0.0 == "published" }?.1 == .string("2025-08-18T09:30:00Z"))
        guard case let .array(entities)? = members.first(where: { $0.0 == "entities" })?.1, case let .object(entity)? = entities.first else {
            Issue.record("entities are an array of objects")
            return
        }
        #expect(entity.map(\.0) == ["text", "kind", "name", "paragraph", "start", "end", "role", "entity_id"])
    }

    @Test func anArticleIsFoundByUrlOrOrigin() throws {
        #expect(try archive.article(url: "https://example.org/talks")?.summary.id == 1)
        #expect(try archive.article(url: "notes.txt")?.summary.id == 2)
        #expect(try archive.article(url: "https://example.org/none") == nil)
        #expect(try archive.article(id: 42) == nil)
    }

    @Test func exportWritesEveryArticleInIdOrder() throws {
        var seen: [Int] = []
        let summary = try archive.exportArticles(ExportRequest()) { seen.append($0.summary.id) }
        #expect(seen == [1, 2, 3])
        #expect(summary == ExportSummary(exported: 3, undatedExcluded: 0))
    }

    @Test func exportFiltersByDateAndSourceAndCountsTheUndated() throws {
        var titles: [String] = []
        let august = try archive.exportArticles(ExportRequest(dates: try DateRange.parse(since: nil, until: nil, on: "2025-08"))) {
            titles.append($0.summary.title)
        }
        #expect(titles == ["Talks in Geneva"])
        #expect(august.undatedExcluded == 1)
        titles = []
        _ = try archive.exportArticles(ExportRequest(source: "Courier")) { titles.append($0.summary.title) }
        #expect(titles == ["Later"])
    }

    @Test func exportReadsPageAfterPage() throws {
        let drafts = (0..<(ExportQuery.pageSize + 3)).map { ArticleDraft(origin: "bulk-\($0).txt", title: "Bulk \($0)", paragraphs: ["Item \($0)."]) }
        try store(drafts, in: archive)
        var count = 0
        var last = 0
        _ = try archive.exportArticles(ExportRequest()) { detail in
            #expect(detail.summary.id > last)
            last = detail.summary.id
            count += 1
        }
        #expect(count == ExportQuery.pageSize + 6)
    }
}
