import Testing
@testable import Archive

@Suite("Topics")
struct TopicsTests {
    private let archive: ArchiveStore

    init() throws {
        archive = try MonthsArchive.makeArchive()
    }

    private func topics(on period: String?, limit: Int = 10) throws -> Topics {
        try archive.topics(TopicsRequest(dates: try DateRange.parse(since: nil, until: nil, on: period), limit: limit))
    }

    @Test func aPeriodsOwnPhraseComesFirst() throws {
        let april = try topics(on: "2025-04")
        #expect(april.method == .logLikelihood)
        #expect(april.topics.first?.phrase == "harbour bridge")
        #expect(april.topics.first?.stories == 3)
        #expect(april.stories == 3)
    }

    @Test func topicsCarryTheirCountsAndTopArticle() throws {
        let bridge = try #require(try topics(on: "2025-04").topics.first)
        #expect(bridge.paragraphs == 7)
        #expect(bridge.archiveParagraphs == 7)
        #expect(bridge.topArticle?.title == "Cracks found in the harbour bridge", "it uses the phrase in three paragraphs")
    }

    @Test func phrasesAsCommonElsewhereAreNotTopics() throws {
        let may = try topics(on: "2025-05").topics.map(\.phrase)
        #expect(!may.contains("tariffs on steel imports"), "May's tariffs story repeats what January and February said")
    }

    @Test func stopWordsAndReportingWordsAreNeverTopics() throws {
        for period in ["2025-01", "2025-02", "2025-04", "2025-05", nil] {
            for topic in try topics(on: period, limit: 50).topics {
                let words = topic.phrase.split(separator: " ").map(String.init)
                #expect(TopicsText.isContentWord(words.first!) && TopicsText.isContentWord(words.last!), "\(topic.phrase)")
            }
        }
    }

    @Test func aPhraseHeldByALongerOneIsListedOnce() throws {
        let phrases = try topics(on: "2025-04", limit: 50).topics.map(\.phrase)
        #expect(!phrases.contains("harbour"))
        #expect(!phrases.contains("bridge"))
    }

    @Test func boilerplateRepeatedAcrossStoriesIsLeftOut() throws {
        let footer = "Sign up for the Morning Briefing newsletter delivered daily."
        let drafts = (1...4).map { day in
            ArticleDraft(origin: "footer-\(day).txt", title: "Item \(day)", published: PublishedDate(year: 2025, month: 6, day: day),
                         paragraphs: ["Story number \(day) about pelicans nesting on the pier.", footer])
        }
        try store(drafts, in: archive)
        let june = try topics(on: "2025-06", limit: 50).topics.map(\.phrase)
        #expect(june.contains("pelicans nesting"))
        #expect(!june.contains { $0.contains("briefing") })
    }

    @Test func undatedArticlesAreCountedOutOfAPeriod() throws {
        #expect(try topics(on: "2025-04").undatedExcluded == 1)
        #expect(try topics(on: nil).undatedExcluded == 0)
    }

    @Test func aPeriodWithNoArticlesHasNoTopics() throws {
        let march = try topics(on: "2025-03")
        #expect(march.topics.isEmpty)
        #expect(march.stories == 0)
    }

    @Test func theWholeArchiveIsRankedWithoutAPeriod() throws {
        let all = try topics(on: nil)
        #expect(all.method == .burstiness)
        #expect(all.topics.first?.phrase == "harbour bridge", "seven paragraphs in only three stories")
        let seeds = try makeStore()
        try store(SeedArticles.drafts(), in: seeds)
        let seedTopics = try seeds.topics(TopicsRequest())
        #expect(seedTopics.method == .specificity, "two stories are too few to measure spread")
        #expect(seedTopics.topics.map(\.phrase).contains("security guarantees"))
    }

    @Test(arguments: [
        // a of c against b of d, and G² worked by hand
        (10.0, 100.0, 10.0, 100.0, 0.0),
        (20.0, 1000.0, 0.0, 1000.0, 27.7259),
        (30.0, 1000.0, 10.0, 9000.0, 95.2755),
    ])
    func logLikelihoodMatchesTheFormula(a: Double, c: Double, b: Double, d: Double, expected: Double) {
        #expect(abs(Keyness.logLikelihood(a, of: c, against: b, of: d) - expected) < 0.001)
    }

    @Test func clausesKeepApostrophesAndBreakAtPunctuation() {
        #expect(TopicsText.clauses(in: "Trump’s plan, the minister said. Cease-fire talks") ==
                [["trump's", "plan"], ["the", "minister", "said"], ["cease", "fire", "talks"]])
    }
}
