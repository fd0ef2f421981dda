import Testing
@testable import Archive
@testable import archive_cli

@Suite("Bar charts and article text")
struct TimeRendererTests {
    @Test(arguments: [
        (0.0, "          "),
        (1.0, "██████████"),
        (0.5, "█████     "),
        (0.05, "▌         "),
        (0.0625, "▋         "),
        (0.33, "███▎      "),
    ])
    func barsFillEighthsOfAColumn(fraction: Double, bar: String) {
        #expect(BarChart(columns: 10, ascii: false).bar(fraction) == bar)
    }

    @Test func asciiBarsUseHashes() {
        #expect(BarChart(columns: 10, ascii: true).bar(0.46) == "#####     ")
    }

    private static func period(_ label: String, _ matching: Int, _ articles: Int) -> TimelinePeriod {
        let start = PublishedDate(iso8601: label + "-01")!
        return TimelinePeriod(start: start, end: start, label: label, matching: matching, articles: articles)
    }

    private static let timeline = Timeline(granularity: .month, periods: [
        period("2025-01", 1, 4), period("2025-02", 0, 0), period("2025-03", 2, 4),
    ], undatedMatching: 0)

    @Test func theChartFitsTheWidthWithTheLargestShareFull() {
        let lines = TimelineRenderer(format: .table, ascii: true, columns: 50).chart(Self.timeline)
        #expect(lines == [
            "2025-01  ##########                 1 of 4   25.0%",
            "2025-02                        no articles",
            "2025-03  ####################       2 of 4   50.0%",
        ])
        #expect(lines[0].count == 50)
    }

    @Test func aNarrowTerminalStillGetsABar() {
        let lines = TimelineRenderer(format: .table, ascii: true, columns: 20).chart(Self.timeline)
        #expect(lines[2].hasPrefix("2025-03  " + String(repeating: "#", count: TimelineRenderer.minimumBarColumns)))
    }

    @Test func countsCanBePlottedInsteadOfShares() {
        let timeline = Timeline(granularity: .month, periods: [Self.period("2025-01", 1, 2), Self.period("2025-02", 4, 100)], undatedMatching: 0)
        let byShare = TimelineRenderer(format: .table, plot: .share, ascii: true, columns: 60).chart(timeline)
        let byCount = TimelineRenderer(format: .table, plot: .count, ascii: true, columns: 60).chart(timeline)
        #expect(byShare[0].filter { $0 == "#" }.count > byShare[1].filter { $0 == "#" }.count)
        #expect(byCount[0].filter { $0 == "#" }.count < byCount[1].filter { $0 == "#" }.count)
    }

    @Test func anArticleListsItsParagraphsEntitiesAndQuotes() {
        let person = EntityMention(text: "Ana Ruiz", kind: .person, name: "Ana Ruiz", paragraph: 0, start: 0, end: 8)
        let place = EntityMention(text: "Geneva", kind: .place, name: "Geneva", paragraph: 0, start: 13, end: 19)
        let detail = ArticleDetail(
            summary: ArticleSummary(id: 7, title: "Talks", source: "Gazette", published: "2025-08-18", url: "https://example.org/t",
                                    origin: "t.txt"),
            storyID: 7, authors: ["Bo Li"], language: "en", origins: ["t.txt", "copy.txt"],
            paragraphs: ["Ana Ruiz met in Geneva.", "“We are close,” Ruiz said."],
            mentions: [.init(entityID: 1, mention: person), .init(entityID: 2, mention: place),
                       .init(entityID: 1, mention: EntityMention(text: "Ruiz", kind: .person, name: "Ana Ruiz", paragraph: 1, start: 16, end: 20))],
            quotes: [.init(id: 3, speakerID: 1, quotation: Quotation(text: "We are close", kind: .direct, speaker: "Ana Ruiz",
                                                                    speakerText: "Ruiz", cue: "said", paragraph: 1, start: 1, end: 13))])
        #expect(ArticleRenderer.text(detail, style: TextStyle(colour: false)) == [
            "Talks",
            "2025-08-18 · Gazette · t.txt · #7",
            "by Bo Li · https://example.org/t · language en · also from copy.txt",
            "",
            "¶1  Ana Ruiz met in Geneva.",
            "¶2  “We are close,” Ruiz said.",
            "",
            "people: Ana Ruiz (2)",
            "",
            "places: Geneva",
            "",
            "quotes:",
            "  ¶2  “We are close” — Ana Ruiz (said)",
        ])
    }
}
