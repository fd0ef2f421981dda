import Testing
@testable import Archive

@Suite("Timeline")
struct TimelineTests {
    private let archive: ArchiveStore

    init() throws {
        archive = try MonthsArchive.makeArchive()
    }

    private func timeline(_ query: String?, by granularity: TimelineGranularity = .month,
                          _ configure: (inout TimelineRequest) -> Void = { _ in }) throws -> Timeline {
        var request = TimelineRequest(query: try query.map { .query(try SearchQuery.parse($0)) }, granularity: granularity)
        configure(&request)
        return try archive.timeline(request)
    }

    @Test func countsMatchingAndAllStoriesPerMonth() throws {
        let result = try timeline("tariffs")
        #expect(result.periods.map(\.label) == ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05"])
        #expect(result.periods.map(\.matching) == [1, 1, 0, 0, 1])
        #expect(result.periods.map(\.articles) == [3, 2, 0, 3, 2])
        #expect(result.periods[0].share == 1.0 / 3.0)
    }

    @Test func aMonthWithNoArticlesIsShownEmpty() throws {
        let march = try #require(try timeline("tariffs").periods.first { $0.label == "2025-03" })
        #expect(march.articles == 0)
        #expect(march.share == 0)
        #expect(march.start == PublishedDate(year: 2025, month: 3, day: 1))
        #expect(march.end == PublishedDate(year: 2025, month: 3, day: 31))
    }

    @Test func undatedMatchesAreCountedNotCharted() throws {
        let result = try timeline("tariffs")
        #expect(result.undatedMatching == 1)
        #expect(result.totalMatching == 3)
    }

    @Test func titlesMatchAsWellAsParagraphs() throws {
        #expect(try timeline("win").totalMatching == 1, "only May's football title has 'win'; its text says 'won'")
    }

    @Test func aNearDuplicateInTheSameStoryCountsOnce() throws {
        let first = try MonthsArchive.id(of: "apr-bridge-1", in: archive)
        let second = try MonthsArchive.id(of: "apr-bridge-2", in: archive)
        try archive.database.statement("UPDATE article SET story_id = (SELECT story_id FROM article WHERE id = ?1) WHERE id = ?2")
            .run(.integer(Int64(first)), .integer(Int64(second)))
        let april = try #require(try timeline("harbour bridge").periods.first { $0.label == "2025-04" })
        #expect(april.matching == 2)
        #expect(april.articles == 2)
    }

    @Test func aDateRangeSetsTheFirstAndLastPeriodEvenWhenEmpty() throws {
        let result = try timeline("tariffs") {
            $0.dates = DateRange(since: PublishedDate(year: 2024, month: 12, day: 15), until: PublishedDate(year: 2025, month: 2, day: 3))
        }
        #expect(result.periods.map(\.label) == ["2024-12", "2025-01", "2025-02"])
        #expect(result.periods.map(\.articles) == [0, 3, 0], "February's articles are after the 3rd")
    }

    @Test func aSinglePeriodIsOnePeriod() throws {
        let result = try timeline("bridge", by: .year)
        #expect(result.periods.count == 1)
        #expect(result.periods[0].label == "2025")
        #expect(result.periods[0].matching == 3)
        #expect(result.periods[0].articles == 10)
    }

    @Test func anEmptyArchiveHasNoPeriods() throws {
        let empty = try makeStore()
        let result = try empty.timeline(TimelineRequest(query: .query(try SearchQuery.parse("tariffs"))))
        #expect(result.periods.isEmpty)
        #expect(result.undatedMatching == 0)
    }

    @Test func weeksStartOnMonday() throws {
        let result = try timeline("harbour bridge", by: .week)
        #expect(result.periods.first?.label == "2025-01-06", "6 January 2025, the first article's day, was a Monday")
        let april = result.periods.filter { $0.matching > 0 }.map(\.label)
        #expect(april == ["2025-03-31", "2025-04-07", "2025-04-21"])
    }

    @Test func daysBetweenArticlesAreFilled() throws {
        let result = try timeline("harbour bridge", by: .day) {
            $0.dates = DateRange(since: PublishedDate(year: 2025, month: 4, day: 1), until: PublishedDate(year: 2025, month: 4, day: 10))
        }
        #expect(result.periods.count == 10)
        #expect(result.periods.filter { $0.matching > 0 }.map(\.label) == ["2025-04-02", "2025-04-09"])
    }

    @Test func sourceLimitsBothCounts() throws {
        let result = try timeline("tariffs") { $0.source = "Courier" }
        #expect(result.periods.map(\.articles) == [1, 1, 0, 1, 1])
        #expect(result.periods.map(\.matching) == [0, 1, 0, 0, 1])
    }

    @Test func personOnlyCountsArticlesThatMentionThem() throws {
        let writer = ArticleWriter(store: archive)
        let mention = EntityMention(text: "Ada Stone", kind: .person, name: "Ada Stone", paragraph: 0, start: 0, end: 9)
        let draft = ArticleDraft(origin: "stone.txt", title: "Minister on tariffs", published: PublishedDate(year: 2025, month: 2, day: 12),
                                 paragraphs: ["Ada Stone defended the tariffs on steel imports."])
        try archive.writeBatch { _ = try writer.store(ExtractedArticle(article: draft, entities: [mention])) }
        let result = try timeline("tariffs") { $0.person = "Stone" }
        #expect(result.periods.map(\.matching) == [0, 1, 0, 0, 0])
        #expect(result.periods.map(\.articles) == [3, 3, 0, 3, 2], "the other stories still count as all stories")
        let byPersonAlone = try timeline(nil) { $0.person = "Ada Stone" }
        #expect(byPersonAlone.totalMatching == 1)
    }

    @Test func anUnknownPersonIsABadRequest() throws {
        #expect(throws: ArchiveError.self) { try timeline("tariffs") { $0.person = "Nobody Here" } }
    }

    @Test(arguments: [
        ("2025-08-18", TimelineGranularity.week, "2025-08-18"),
        ("2025-08-24", .week, "2025-08-18"),
        ("2025-08-25", .week, "2025-08-25"),
        ("2024-02-29", .month, "2024-02"),
        ("2024-12-31", .year, "2024"),
    ])
    func periodsStartWhereTheCalendarSays(day: String, granularity: TimelineGranularity, label: String) throws {
        let date = try #require(PublishedDate(iso8601: day))
        #expect(granularity.label(of: granularity.start(of: date)) == label)
    }

    @Test func theMonthAfterJanuaryThirtyFirstIsFebruary() throws {
        let january = try #require(PublishedDate(year: 2025, month: 1, day: 1))
        #expect(TimelineGranularity.month.next(after: january) == PublishedDate(year: 2025, month: 2, day: 1))
    }
}
