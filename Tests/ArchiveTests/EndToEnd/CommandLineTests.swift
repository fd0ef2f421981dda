import Foundation
import Testing

/// The `archive` binary, run as a person would run it, in a fresh folder per test.
@Suite("archive on the command line")
struct CommandLineTests {
    private let folder: TemporaryFolder
    private let archive: CommandRunner

    init() throws {
        folder = try TemporaryFolder()
        archive = CommandRunner(folder: folder.url)
    }

    @Test func ingestWithNoPathTakesTheSeedsIntoArchiveSqlite() throws {
        let first = try archive.run("ingest")
        #expect(first.status == 0)
        #expect(first.stderr.contains("ingested 2, updated 0, unchanged 0, duplicates 0, failed 0"))
        #expect(FileManager.default.fileExists(atPath: folder.path("archive.sqlite")))
        let second = try archive.run("ingest")
        #expect(second.stderr.contains("ingested 0, updated 0, unchanged 2, duplicates 0, failed 0"))
    }

    @Test func searchPrintsBothSeedsWithHighlightedPhrase() throws {
        try archive.run("ingest")
        let result = try archive.run("search", "security guarantees")
        #expect(result.status == 0)
        #expect(result.stdout.contains("[security guarantees]"))
        #expect(result.stdout.contains("1. United States President Donald Trump"))
        #expect(result.stderr.contains("1–2 of 2 matching articles"))
    }

    @Test func searchJSONHasTheDocumentedShape() throws {
        try archive.run("ingest")
        let result = try archive.run("search", "security guarantees", "--format", "json")
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(hits.count == 2)
        let article = try #require(hits[0]["article"] as? [String: Any])
        #expect(Set(article.keys) == ["id", "title", "source", "published", "url", "origin"])
        #expect(hits[0]["score"] is Double)
        let matches = try #require(hits[0]["matches"] as? [[String: Any]])
        #expect(matches.first?["paragraph"] is Int)
        #expect((matches.first?["snippet"] as? String)?.contains("[") == true)
    }

    @Test func searchCSVHasAHeaderAndOneRowPerMatch() throws {
        try archive.run("ingest")
        let result = try archive.run("search", "Alaska", "--format", "csv")
        let lines = result.stdout.split(separator: "\r\n")
        #expect(lines.first == "rank,article_id,title,published,source,url,origin,score,paragraph,snippet")
        #expect(lines.count == 3)
    }

    @Test func aQueryMayStartWithAnExclusion() throws {
        try archive.run("ingest")
        let result = try archive.run("search", "-hungary", "ukraine")
        #expect(result.status == 0)
        #expect(result.stderr.contains("1–1 of 1 matching article"))
    }

    @Test func emptyQueryExitsTwoWithAMessage() throws {
        try archive.run("ingest")
        let result = try archive.run("search", "  ")
        #expect(result.status == 2)
        #expect(result.stderr.contains("the query is empty"))
    }

    @Test func invalidRawQueryExitsTwoInPlainWords() throws {
        try archive.run("ingest")
        let result = try archive.run("search", "--raw", "security AND (")
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("archive: invalid query:"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func searchWithoutAnArchiveExitsOneAndCreatesNothing() throws {
        let result = try archive.run("search", "nato")
        #expect(result.status == 1)
        #expect(result.stderr.contains("no archive at archive.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("archive.sqlite")))
    }

    @Test func dbOptionAndEnvironmentChooseTheFile() throws {
        try archive.run("ingest", "--db", "named.sqlite")
        #expect(FileManager.default.fileExists(atPath: folder.path("named.sqlite")))
        var withEnvironment = archive
        withEnvironment.environment = ["ARCHIVE_DB": "named.sqlite"]
        #expect(try withEnvironment.run("search", "Alaska").status == 0)
    }

    @Test func badInputsAreReportedWhileGoodOnesAreIngested() throws {
        try folder.write("good.txt", "A good article\n\nIt has a paragraph about zebras.\n")
        try folder.write("empty.txt", "")
        let result = try archive.run("ingest", "good.txt", "empty.txt", "missing.txt")
        #expect(result.status == 1)
        #expect(result.stderr.contains("archive: missing.txt: no such file or folder"))
        #expect(result.stderr.contains("archive: empty.txt: "))
        #expect(result.stderr.contains("ingested 1, updated 0, unchanged 0, duplicates 0, failed 2"))
        #expect(try archive.run("search", "zebras").stdout.contains("A good article"))
    }

    @Test func standardInputIsIngestedWithDash() throws {
        let result = try archive.run("ingest", "-", input: Data("Piped in\n\nA paragraph about giraffes.\n".utf8))
        #expect(result.status == 0)
        #expect(try archive.run("search", "giraffes").stdout.contains("Piped in"))
    }

    @Test func editedFileReingestsAsAnUpdateWithNoStaleHits() throws {
        try folder.write("story.txt", "Story\n\nThe ceasefire held.\n")
        try archive.run("ingest", "story.txt")
        try folder.write("story.txt", "Story\n\nThe truce collapsed.\n")
        #expect(try archive.run("ingest", "story.txt").stderr.contains("ingested 0, updated 1"))
        #expect(try archive.run("search", "ceasefire").stderr.contains("no matching articles"))
    }

    @Test func extractPrintsStableFieldsInInputOrder() throws {
        try folder.write("b.txt", "Second\n\nBody two.\n")
        try folder.write("a.txt", "First\n\nBody one.\n")
        let result = try archive.run("extract", "--format", "jsonl", "b.txt", "a.txt")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix(#"{"origin":"b.txt","title":"Second","authors":[],"published":null,"source":null,"url":null,"language":null,"paragraphs":["Body two."],"entities":["#))
        #expect(lines[1].contains(#""origin":"a.txt""#))
    }

    @Test func metadataTableGivesTheFilesTheirTitlesDatesAndSources() throws {
        try folder.write("texts/clinton-health.txt", "Clinton left the event early.\n")
        try folder.write("meta.tsv", "filename\ttitle\tpublisher\tpublication_date\tauthor\nclinton-health\tHealth questions\tbreitbart\t2016-09-12\tDan Riehl\n")
        let result = try archive.run("extract", "texts", "--metadata", "meta.tsv")
        #expect(result.stdout.contains(#""title":"Health questions","authors":["Dan Riehl"],"published":"2016-09-12","source":"breitbart""#))
        #expect(try archive.run("ingest", "texts", "--metadata", "meta.tsv").status == 0)
        #expect(try archive.run("search", "Clinton", "--source", "breitbart").stdout.contains("Health questions"))
    }
}
