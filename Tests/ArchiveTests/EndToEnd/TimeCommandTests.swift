import Foundation
import Testing
@testable import Archive

/// timeline, topics, related, show, sources, stats, export, check and optimize, run as a
/// person would run them: on the seeds, and on a five-month archive written for these tests.
@Suite("Time and topics on the command line")
struct TimeCommandTests {
    private let folder: TemporaryFolder
    private let archive: CommandRunner

    init() throws {
        folder = try TemporaryFolder()
        var runner = CommandRunner(folder: folder.url)
        runner.environment = ["COLUMNS": "72"]
        archive = runner
    }

    /// Ingests the generated archive (plus the seeds when asked) into archive.sqlite.
    private func ingestMonths(withSeeds: Bool = false) throws {
        var paths: [String] = []
        for article in MonthsArchive.articles {
            paths.append(try folder.write("months/\(article.name).txt", MonthsArchive.file(article)))
        }
        if withSeeds { try archive.run("ingest") }
        let result = try archive.run("ingest", folder.path("months"))
        #expect(result.status == 0)
    }

    private func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
    }

    // MARK: - timeline

    @Test func timelineChartsEveryMonthWithGapsShown() throws {
        try ingestMonths()
        let result = try archive.run("timeline", "tariffs")
        #expect(result.status == 0)
        let chart = lines(result.stdout)
        #expect(chart.map { $0.prefix(7) } == ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05"])
        #expect(chart[0].hasSuffix("1 of 3   33.3%"))
        #expect(chart[2].hasSuffix("no articles"))
        #expect(chart[3].hasSuffix("0 of 3    0.0%"))
        #expect(chart.allSatisfy { $0.count <= 72 }, "COLUMNS sets the width")
        #expect(chart.allSatisfy { $0.allSatisfy(\.isASCII) }, "a pipe gets ASCII bars")
        #expect(chart[1].contains("#"))
        #expect(result.stderr.contains("3 matching stories over 5 months; 1 undated matching article left out"))
    }

    @Test func timelineCSVGivesTheNumbers() throws {
        try ingestMonths()
        let result = try archive.run("timeline", "harbour bridge", "--by", "week", "--on", "2025-04", "--format", "csv")
        let rows = result.stdout.split(separator: "\r\n")
        #expect(rows.first == "period,start,end,matching,articles,share")
        #expect(rows.dropFirst().first == "2025-03-31,2025-03-31,2025-04-06,1,1,1.0")
        #expect(rows.count == 1 + 5, "the weeks of 31 March to 28 April")
    }

    @Test func timelineJSONIsAnArrayOfPeriods() throws {
        try ingestMonths()
        let result = try archive.run("timeline", "bridge", "--by", "year", "--format", "json")
        let periods = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(periods.count == 1, "a single period")
        #expect(periods[0]["period"] as? String == "2025")
        #expect(periods[0]["matching"] as? Int == 3)
        #expect(periods[0]["articles"] as? Int == 10)
    }

    @Test func timelineWithNothingToChartSaysSo() throws {
        try ingestMonths()
        let nothing = try archive.run("timeline", "zeppelins")
        #expect(nothing.status == 0)
        #expect(lines(nothing.stdout).count == 5)
        #expect(nothing.stderr.contains("0 matching stories over 5 months"))
        let empty = try archive.run("timeline", "tariffs", "--since", "2030")
        #expect(empty.stdout.isEmpty)
        #expect(empty.stderr.contains("no dated articles in that range"))
    }

    @Test func timelineNeedsSomethingToCount() throws {
        try archive.run("ingest")
        let result = try archive.run("timeline")
        #expect(result.status != 0)
        #expect(result.stderr.contains("give something to count"))
    }

    @Test func timelineBarsOnTheSeedsByDay() throws {
        try archive.run("ingest")
        let result = try archive.run("timeline", "security guarantees", "--by", "day", "--ascii")
        #expect(lines(result.stdout).map { $0.prefix(10) } == ["2025-08-18", "2025-08-19"])
        #expect(result.stdout.contains("1 of 1  100.0%"))
    }

    // MARK: - topics, related, show

    @Test func topicsOfAMonthLeadWithItsStory() throws {
        try ingestMonths()
        let result = try archive.run("topics", "--on", "2025-04", "--limit", "5")
        #expect(result.status == 0)
        #expect(lines(result.stdout).first?.contains("harbour bridge") == true)
        #expect(result.stderr.contains("by log-likelihood (G²) against the rest of the archive; 1 undated article left out by the date filter"))
        let json = try archive.run("topics", "--on", "2025-04", "--format", "json")
        let topics = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(topics.first?["phrase"] as? String == "harbour bridge")
        #expect(topics.first?["stories"] as? Int == 3)
        #expect((topics.first?["top_article"] as? [String: Any])?["title"] as? String == "Cracks found in the harbour bridge")
    }

    @Test func topicsOfTheSeeds() throws {
        try archive.run("ingest")
        let result = try archive.run("topics", "--limit", "30")
        #expect(result.status == 0)
        #expect(result.stdout.contains("security guarantees"))
        #expect(result.stderr.contains("topics of the whole archive"))
    }

    @Test func relatedLeavesOutTheArticleItself() throws {
        try archive.run("ingest")
        let result = try archive.run("related", "1", "--format", "jsonl")
        #expect(result.status == 0)
        let ids = try lines(result.stdout).map { line in
            let hit = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return (hit["article"] as? [String: Any])?["id"] as? Int
        }
        #expect(ids == [2])
        #expect(result.stderr.contains("1 article like #1, by: "))
    }

    @Test func showPrintsNumberedParagraphs() throws {
        try archive.run("ingest")
        let result = try archive.run("show", "#2")
        #expect(result.status == 0)
        let text = lines(result.stdout)
        #expect(text.first == "President Donald Trump on Monday refused to rule out sending American soldiers to enforce any peace deal…")
        #expect(text[1] == "2025-08-18 · no source · seeds/003_6986685d80bdd0e5.txt · #2")
        #expect(text.contains { $0.hasPrefix("¶ 1  President Donald Trump on Monday") })
    }

    @Test func showJSONIsTheExtractRecordWithIds() throws {
        try archive.run("ingest")
        let shown = try archive.run("show", "seeds/000_f211d7d9a8802f9f.txt", "--format", "jsonl")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(record["id"] as? Int == 1)
        #expect(record["story_id"] is Int)
        let extracted = try archive.run("extract", "--format", "jsonl", "-",
                                        input: Data(SeedArticles.all[0].text.utf8))
        let fields = try #require(try JSONSerialization.jsonObject(with: Data(extracted.stdout.utf8)) as? [String: Any])
        #expect(Set(record.keys) == Set(fields.keys).union(["id", "story_id", "origins"]))
        #expect(record["paragraphs"] as? [String] == fields["paragraphs"] as? [String])
    }

    @Test func showOfAnUnknownArticleIsABadRequest() throws {
        try archive.run("ingest")
        let result = try archive.run("show", "99")
        #expect(result.status == 2)
        #expect(result.stderr == "archive: invalid query: no article '99' in the archive; `archive search` prints each article's #id\n")
    }

    // MARK: - sources, stats

    @Test func sourcesListPublishersWithTheirDates() throws {
        try ingestMonths()
        let result = try archive.run("sources")
        #expect(lines(result.stdout) == [
            "Gazette      6 articles  2025-01-06 – 2025-05-18",
            "Courier      5 articles  2025-01-14 – 2025-05-05, 1 undated",
        ])
        let csv = try archive.run("sources", "--format", "csv")
        #expect(csv.stdout.hasPrefix("source,articles,stories,first_published,last_published,undated\r\nGazette,6,6,2025-01-06,2025-05-18,0\r\n"))
    }

    @Test func statsCountTheSeeds() throws {
        try archive.run("ingest")
        let result = try archive.run("stats", "--format", "json")
        let stats = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(stats["articles"] as? Int == 2)
        #expect(stats["paragraphs"] as? Int == 21)
        #expect(stats["first_published"] as? String == "2025-08-18")
        #expect(stats["undated"] as? Int == 0)
        #expect((stats["database_bytes"] as? Int ?? 0) > 0)
        #expect(try archive.run("stats").stdout.contains("articles:          2"))
    }

    // MARK: - export

    @Test func exportWritesTheRecordsShowPrints() throws {
        try ingestMonths(withSeeds: true)
        let exported = lines(try archive.run("export").stdout)
        #expect(exported.count == 13)
        for (index, line) in exported.enumerated() {
            #expect(String(line) + "\n" == (try archive.run("show", String(index + 1), "--format", "jsonl")).stdout)
        }
    }

    @Test func exportReingestsIntoAnotherArchiveWithoutLoss() throws {
        try ingestMonths(withSeeds: true)
        let exported = try archive.run("export")
        #expect(exported.status == 0)
        #expect(lines(exported.stdout).count == 13)
        try folder.write("export.jsonl", exported.stdout)
        let ingested = try archive.run("ingest", "--db", "copy.sqlite", "export.jsonl")
        #expect(ingested.stderr.contains("ingested 13, updated 0, unchanged 0, duplicates 0, failed 0"))
        let again = try archive.run("export", "--db", "copy.sqlite")
        #expect(again.stdout == exported.stdout)
    }

    @Test func exportCSVReingestsToo() throws {
        try ingestMonths()
        let exported = try archive.run("export", "--format", "csv")
        #expect(exported.stdout.hasPrefix("id,story_id,origin,title,authors,published,source,url,language,text\r\n"))
        try folder.write("export.csv", exported.stdout)
        try archive.run("ingest", "--db", "copy.sqlite", "export.csv")
        #expect(try archive.run("export", "--db", "copy.sqlite", "--format", "csv").stdout == exported.stdout)
    }

    @Test func exportFiltersSayHowManyUndatedWereLeftOut() throws {
        try ingestMonths()
        let result = try archive.run("export", "--since", "2025-04", "--source", "Courier")
        #expect(lines(result.stdout).count == 2)
        #expect(result.stderr == "exported 2 articles; 1 undated article left out by the date filter\n")
    }

    // MARK: - check, optimize

    @Test func checkSaysOkOnASoundArchive() throws {
        try archive.run("ingest")
        let result = try archive.run("check")
        #expect(result.status == 0)
        #expect(result.stdout == "ok\n")
    }

    @Test func checkFindsABrokenIndexAndRepairFixesIt() throws {
        try archive.run("ingest")
        do {
            let store = try ArchiveStore(path: folder.path("archive.sqlite"), access: .write)
            // A row written by hand, not by the store, is not indexed.
            try store.database.execute("INSERT INTO paragraph (id, text) VALUES (1 * 1024 + 50, 'hidden from search')")
        }
        let broken = try archive.run("check")
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("paragraph_fts indexes 21 rows but paragraph has 22"))
        #expect(broken.stderr.contains("`archive check --repair` rebuilds the full-text indexes"))
        let repaired = try archive.run("check", "--repair")
        #expect(repaired.status == 0)
        #expect(repaired.stdout == "ok\n")
        #expect(try archive.run("search", "hidden").stderr.contains("1–1 of 1 matching article"))
    }

    @Test func optimizeRunsAndLeavesTheArchiveSound() throws {
        try archive.run("ingest")
        let result = try archive.run("optimize")
        #expect(result.status == 0)
        #expect(result.stderr == "optimized archive.sqlite\n")
        #expect(try archive.run("check").status == 0)
    }

    @Test(arguments: ["timeline", "topics", "related", "show", "sources", "stats", "export", "check", "optimize"])
    func everyCommandNeedsAnArchive(command: String) throws {
        let arguments = ["timeline": ["timeline", "nato"], "related": ["related", "1"], "show": ["show", "1"]][command] ?? [command]
        let process = try runArguments(arguments)
        #expect(process.status == 1)
        #expect(process.stderr.contains("no archive at archive.sqlite"))
    }

    private func runArguments(_ arguments: [String]) throws -> CommandRunner.Result {
        switch arguments.count {
        case 1: return try archive.run(arguments[0])
        default: return try archive.run(arguments[0], arguments[1])
        }
    }
}
