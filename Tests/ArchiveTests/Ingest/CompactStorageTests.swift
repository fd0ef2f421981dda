import Testing
@testable import Archive

/// How the archive keeps its file small (issue #6): text lives once, in the paragraphs;
/// mentions are one row per article and entity; signatures are not stored.
@Suite("Compact storage: text once, mentions grouped, bands found again")
struct CompactStorageTests {
    private static let paragraphs = [
        "Ana Ruiz met the envoy in Geneva. “We are close,” the envoy said of the talks in Geneva.",
        "Ruiz said later that “the hard part is over.”",
    ]

    private static func talks(origin: String = "talks.txt", paragraphs: [String] = paragraphs,
                              quotes: [Quotation]? = nil) -> ExtractedArticle {
        ExtractedArticle(
            article: ArticleDraft(origin: origin, title: "Talks in Geneva", paragraphs: paragraphs),
            entities: [
                EntityMention(text: "Geneva", kind: .place, name: "Geneva", paragraph: nil, start: 9, end: 15),
                EntityMention(text: "Ana Ruiz", kind: .person, name: "Ana Ruiz", paragraph: 0, start: 0, end: 8, role: "Minister"),
                EntityMention(text: "Geneva", kind: .place, name: "Geneva", paragraph: 0, start: 26, end: 32),
                EntityMention(text: "Geneva", kind: .place, name: "Geneva", paragraph: 0, start: 81, end: 87),
                EntityMention(text: "Ruiz", kind: .person, name: "Ana Ruiz", paragraph: 1, start: 0, end: 4, role: "envoy’s host"),
            ],
            quotes: quotes ?? [
                Quotation(text: "We are close", kind: .direct, speaker: nil, speakerText: "the envoy", cue: "said",
                          paragraph: 0, start: 35, end: 47),
                Quotation(text: "the hard part is over.", kind: .direct, speaker: "Ana Ruiz", speakerText: "Ruiz", cue: "said",
                          paragraph: 1, start: 22, end: 44),
            ])
    }

    private func write(_ articles: [ExtractedArticle], in archive: ArchiveStore) throws {
        let writer = ArticleWriter(store: archive)
        try archive.writeBatch { for article in articles { _ = try writer.store(article) } }
    }

    @Test func mentionsAreOneRowPerArticleAndEntityAndReadBackWithTheirWords() throws {
        let archive = try makeStore()
        try write([Self.talks()], in: archive)
        let rows = try archive.database.statement("SELECT mentions FROM mention ORDER BY entity_id").rows { $0.int(0) }
        #expect(rows == [3, 2], "Geneva three times, Ana Ruiz twice")
        let detail = try #require(try archive.article(id: 1))
        #expect(detail.extracted.entities == Self.talks().entities)
        #expect(try archive.stats().mentions == 5)
    }

    @Test func quotationWordsFoundInTheirParagraphAreNotStoredTwice() throws {
        let archive = try makeStore()
        try write([Self.talks()], in: archive)
        #expect(try archive.count("quote WHERE text IS NULL") == 2)
        let detail = try #require(try archive.article(id: 1))
        #expect(detail.quotes.map(\.quotation.text) == ["We are close", "the hard part is over."])
        #expect(try archive.checkProblems() == [])
    }

    @Test func quotationWordsThatAreNotTheParagraphsAreKept() throws {
        let archive = try makeStore()
        let quotes = [
            Quotation(text: "We are close. The hard part is over.", kind: .direct, speaker: nil, speakerText: nil, cue: nil,
                      paragraph: 0, endParagraph: 1, start: 35, end: 44),
            Quotation(text: "we are close", kind: .mixed, speaker: nil, speakerText: nil, cue: nil, paragraph: 0, start: 35, end: 47),
        ]
        try write([Self.talks(quotes: quotes)], in: archive)
        #expect(try archive.count("quote WHERE text IS NULL") == 0)
        let detail = try #require(try archive.article(id: 1))
        #expect(detail.quotes.map(\.quotation) == quotes)
    }

    @Test func quotationSearchFindsStoredAndDerivedWordsAndForgetsReplacedOnes() throws {
        let archive = try makeStore()
        try write([Self.talks()], in: archive)
        #expect(try archive.whoSaid(WhoSaidRequest(text: .query(SearchQuery.parse("hard part")))).speakers.map(\.speaker) == ["Ana Ruiz"])
        let changed = Self.paragraphs.map { $0.replacingOccurrences(of: "hard part", with: "easy bit") }
        try write([Self.talks(paragraphs: changed, quotes: [
            Quotation(text: "the easy bit is over.", kind: .direct, speaker: "Ana Ruiz", speakerText: "Ruiz", cue: "said",
                      paragraph: 1, start: 22, end: 43),
        ])], in: archive)
        #expect(try archive.whoSaid(WhoSaidRequest(text: .query(SearchQuery.parse("hard part")))).speakers.isEmpty)
        #expect(try archive.whoSaid(WhoSaidRequest(text: .query(SearchQuery.parse("easy bit")))).speakers.count == 1)
        #expect(try archive.checkProblems() == [])
    }

    @Test func deletingAnArticleRemovesItsQuotationsFromTheIndexBeforeItsParagraphs() throws {
        let archive = try makeStore()
        try write([Self.talks()], in: archive)
        try archive.database.execute("DELETE FROM article")
        #expect(try archive.count("quote") == 0)
        #expect(try archive.integrityProblems() == [])
    }

    @Test func rolesAreCountedFromThePackedPlaces() throws {
        let archive = try makeStore()
        try write([Self.talks()], in: archive)
        let id = try archive.database.integer("SELECT id FROM entity WHERE name = 'Ana Ruiz'") ?? 0
        let profile = try #require(try archive.entityProfile(id))
        #expect(profile.roles == [.init(role: "Minister", count: 1), .init(role: "envoy’s host", count: 1)])
        #expect(profile.entity.mentions == 2)
    }

    @Test func anUpdatedOrOrphanedArticleLeavesNoBandsBehind() throws {
        let archive = try makeStore()
        let story = (1...8).map { "Paragraph \($0) of a wire story about grain shipments, insurers, ports and the corridor talks." }
        let bands = { try archive.count("article_band") + archive.count("article_band_recent") }
        try store([ArticleDraft(origin: "a.txt", title: "Grain", paragraphs: story)], in: archive)
        #expect(try bands() == MinHash.bands)
        // Its bands moved into the large table, then its text changes: they go from there.
        try #require(try NearDuplicateIndex(database: archive.database, recentLimit: 1).mergeRecentBandsIfFull())
        try store([ArticleDraft(origin: "a.txt", title: "Grain", paragraphs: story.map { $0.uppercased() + " Updated." })], in: archive)
        #expect(try archive.count("article_band") == 0)
        #expect(try bands() == MinHash.bands)
        // The same text from another origin, then the first origin's file changes to it: the
        // first article is left with no origin and goes, bands and all.
        try store([ArticleDraft(origin: "b.txt", title: "Other", paragraphs: Array(story.reversed()))], in: archive)
        try store([ArticleDraft(origin: "a.txt", title: "Other", paragraphs: Array(story.reversed()))], in: archive)
        #expect(try archive.count("article") == 1)
        #expect(try bands() == MinHash.bands)
        #expect(try archive.checkProblems() == [])
    }

    @Test func checkFindsBandsOfArticlesThatAreGone() throws {
        let archive = try makeStore()
        try archive.database.execute("INSERT INTO article_band (band_key, article_id) VALUES (1, 99)")
        #expect(try archive.checkProblems() == ["1 article gone but still in the near-duplicate bands"])
        try archive.database.execute("INSERT INTO article_band_recent (band_key, article_id) VALUES (2, 99), (3, 98)")
        #expect(try archive.checkProblems() == ["2 articles gone but still in the near-duplicate bands"])
    }

    @Test func checkFindsMentionsOutsideTheArticlesParagraphs() throws {
        let archive = try makeStore()
        try write([Self.talks()], in: archive)
        let stray = MentionPlaces.pack([MentionPlace(paragraph: 7, start: 0, end: 3, role: nil)])
        try archive.database.statement("UPDATE mention SET places = ? WHERE entity_id = 1").run(.blob(stray))
        #expect(try archive.checkProblems() == ["1 article with mentions or quotations in paragraphs the article does not have"])
    }

    @Test func aBareSurnameAndTheFullNameInOneArticleAreOneRow() throws {
        let archive = try makeStore()
        let mentions = [("Putin", 0), ("Vladimir Putin", 10)].map { name, start in
            EntityMention(text: name, kind: .person, name: name, paragraph: 0, start: start, end: start + name.count)
        }
        try write([ExtractedArticle(article: ArticleDraft(origin: "p.txt", title: "P", paragraphs: ["Putin and Vladimir Putin"]),
                                    entities: mentions)], in: archive)
        #expect(try archive.database.statement("SELECT mentions FROM mention").rows { $0.int(0) } == [2])
        #expect(try archive.checkProblems() == [])
    }
}

@Suite("Packed mention places")
struct MentionPlacesTests {
    @Test(arguments: [
        [MentionPlace](),
        [MentionPlace(paragraph: nil, start: 0, end: 5, role: nil)],
        [MentionPlace(paragraph: 0, start: 3, end: 9, role: "President"),
         MentionPlace(paragraph: 300, start: 70_000, end: 70_012, role: "Ministre de l’Économie"),
         MentionPlace(paragraph: 2, start: 5, end: 5, role: "")],
    ])
    func placesReadBackAsPacked(places: [MentionPlace]) {
        #expect(MentionPlaces.unpack(MentionPlaces.pack(places)) == places)
    }

    @Test func aPlaceTakesAFewBytes() {
        #expect(MentionPlaces.pack([MentionPlace(paragraph: 4, start: 120, end: 132, role: nil)]).count == 4)
    }

    @Test(arguments: [[0x80], [1, 2, 3], [1, 2, 3, 9, 65]] as [[UInt8]])
    func bytesThatWereNotPackedAreRefused(bytes: [UInt8]) {
        #expect(MentionPlaces.unpack(bytes) == nil)
    }
}
