import Testing
@testable import Archive

@Suite("stats and sources")
struct StatsAndSourcesTests {
    private let archive: ArchiveStore

    init() throws {
        archive = try MonthsArchive.makeArchive()
    }

    @Test func statsCountWhatTheArchiveHolds() throws {
        let stats = try archive.stats()
        #expect(stats.articles == 11)
        #expect(stats.stories == 11)
        #expect(stats.paragraphs == 23)
        #expect(stats.sources == 2)
        #expect(stats.firstPublished == "2025-01-06")
        #expect(stats.lastPublished == "2025-05-18")
        #expect(stats.undated == 1)
        #expect(stats.databaseBytes > 0)
    }

    @Test func storiesCountNearDuplicatesOnce() throws {
        try archive.database.execute("UPDATE article SET story_id = (SELECT min(story_id) FROM article) WHERE id <= 2")
        #expect(try archive.stats().stories == 10)
    }

    @Test func sourcesListArticlesAndDatesMostArticlesFirst() throws {
        let sources = try archive.sources()
        #expect(sources.map(\.name) == ["Gazette", "Courier"])
        #expect(sources.map(\.articles) == [6, 5])
        #expect(sources[0].firstPublished == "2025-01-06")
        #expect(sources[0].lastPublished == "2025-05-18")
        #expect(sources[1].undated == 1)
    }

    @Test func sourcesInAPeriodCountOnlyItsArticles() throws {
        let april = try archive.sources(dates: try DateRange.parse(since: nil, until: nil, on: "2025-04"))
        #expect(april.map(\.name) == ["Gazette", "Courier"])
        #expect(april.map(\.articles) == [2, 1])
        #expect(april.map(\.undated) == [0, 0])
    }

    @Test func articlesWithNoSourceAreListedLast() throws {
        try store([ArticleDraft(origin: "anon.txt", title: "Anonymous", paragraphs: ["No one says who wrote this."])], in: archive)
        let sources = try archive.sources()
        #expect(sources.last?.name == nil)
        #expect(sources.last?.articles == 1)
    }
}
