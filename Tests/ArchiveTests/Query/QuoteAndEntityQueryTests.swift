import Testing
@testable import Archive

/// who-said, people and person over hand-made extractions, so that these tests specify the
/// queries whatever the extractors find.
@Suite("Quotation and entity queries")
struct QuoteAndEntityQueryTests {
    private let archive: ArchiveStore

    private static func person(_ text: String, _ name: String, paragraph: Int, role: String? = nil) -> EntityMention {
        EntityMention(text: text, kind: .person, name: name, paragraph: paragraph, start: 0, end: text.unicodeScalars.count, role: role)
    }

    private static func quote(_ text: String, by speaker: String?, as written: String?, paragraph: Int = 0, kind: QuoteKind = .direct) -> Quotation {
        Quotation(text: text, kind: kind, speaker: speaker, speakerText: written, cue: "said", paragraph: paragraph, start: 0, end: 1)
    }

    init() throws {
        archive = try makeStore()
        let writer = ArticleWriter(store: archive)
        let day18 = PublishedDate(year: 2025, month: 8, day: 18)
        let day19 = PublishedDate(year: 2025, month: 8, day: 19)
        let first = ExtractedArticle(
            article: ArticleDraft(origin: "a.txt", title: "Talks", published: day18, paragraphs: ["p0", "p1"]),
            entities: [
                Self.person("President Donald Trump", "Donald Trump", paragraph: 0, role: "President"),
                Self.person("Sergei Lavrov", "Sergei Lavrov", paragraph: 1, role: "Foreign Minister"),
                EntityMention(text: "NATO", kind: .organization, name: "NATO", paragraph: 0, start: 0, end: 4),
            ],
            quotes: [
                Self.quote("It can't be NATO", by: "Donald Trump", as: "Trump"),
                Self.quote("any scenarios that envisage deployment of NATO forces", by: "Sergei Lavrov", as: "Lavrov", paragraph: 1, kind: .mixed),
                Self.quote("NATO is not on the table", by: nil, as: "sources"),
            ])
        let second = ExtractedArticle(
            article: ArticleDraft(origin: "b.txt", title: "More talks", published: day19, paragraphs: ["p0"]),
            entities: [Self.person("Trump", "Donald Trump", paragraph: 0)],
            quotes: [Self.quote("NATO will not expand", by: "Donald Trump", as: "he"), Self.quote("Peace is near", by: "Donald Trump", as: "Trump")])
        try archive.writeBatch { _ = try [first, second].map { try writer.store($0) } }
    }

    private func whoSaid(_ term: String, _ configure: (inout WhoSaidRequest) -> Void = { _ in }) throws -> WhoSaidResults {
        var request = WhoSaidRequest(text: .query(try SearchQuery.parse(term)))
        configure(&request)
        return try archive.whoSaid(request)
    }

    @Test func whoSaidGroupsMatchingQuotationsBySpeakerMostQuotedFirst() throws {
        let results = try whoSaid("NATO")
        #expect(results.speakers.map(\.speaker) == ["Donald Trump", "Sergei Lavrov"])
        #expect(results.speakers.map(\.count) == [2, 1])
        #expect(results.unnamed == 1)
    }

    @Test func whoSaidMatchesTheQuotationsWordsOnly() throws {
        #expect(try whoSaid("peace").speakers.map(\.speaker) == ["Donald Trump"])
        #expect(try whoSaid("Talks").speakers.isEmpty, "a title word is not something anyone said")
    }

    @Test func whoSaidFiltersBySpeakerAndDate() throws {
        #expect(try whoSaid("NATO") { $0.speaker = "Sergei Lavrov" }.speakers.map(\.speaker) == ["Sergei Lavrov"])
        let later = try whoSaid("NATO") { $0.dates = DateRange(since: PublishedDate(year: 2025, month: 8, day: 19)) }
        #expect(later.speakers.map(\.count) == [1])
    }

    @Test func peopleRanksByArticlesMentioning() throws {
        let ranking = try archive.entityRanking(kind: .person, dates: DateRange(), limit: 10).entities
        #expect(ranking.map(\.name) == ["Donald Trump", "Sergei Lavrov"])
        #expect(ranking.map(\.articles) == [2, 1])
    }

    @Test func personResolvesAnyAliasAndShowsRolesAndQuotes() throws {
        guard case let .found(id) = try archive.resolveEntity("trump") else {
            Issue.record("Trump did not resolve to one person")
            return
        }
        let profile = try #require(try archive.entityProfile(id))
        #expect(profile.entity.name == "Donald Trump")
        #expect(profile.aliases.contains("President Donald Trump"))
        #expect(profile.roles == [EntityProfile.Role(role: "President", count: 1)])
        #expect(profile.quoteCount == 3)
        #expect(profile.companions.map(\.name).contains("Sergei Lavrov"))
    }

    @Test func unknownNamesAreUnknown() throws {
        #expect(try archive.resolveEntity("Keir Starmer") == .unknown)
    }

    @Test func searchByPersonKeepsArticlesThatMentionThem() throws {
        let results = try archive.search(SearchRequest(text: .query(try SearchQuery.parse("talks")), person: "Sergei Lavrov"))
        #expect(results.hits.map(\.article.origin) == ["a.txt"])
    }
}
