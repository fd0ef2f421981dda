import Foundation
import Testing
@testable import Archive

/// What a person types, and what an input's metadata holds, is data: stored and searched
/// literally, never run as SQL or read as FTS5 syntax. End to end through the binary.
@Suite("Hostile strings in queries, names and metadata")
struct HostileStringTests {
    static let hostile = [
        "'; DROP TABLE article; --",
        "\" OR 1=1 --",
        "Robert'); DELETE FROM paragraph WHERE ('1'='1",
        "NEAR(council harbour, 2) AND title:x* OR ^start",
        "{title paragraph}: \"a\" + b",
        "100% _under_ \\back\\ slash",
        "col:value -NOT AND OR ( ) * ^ \"",
        "tab\there bell\u{7} escape\u{1B}[31mred",
        "“curly” — 'single' «guillemets»",
    ]

    private let folder: TemporaryFolder
    private let archive: CommandRunner
    private let database: String

    /// An archive holding one article whose metadata fields all carry `value`, plus the seeds.
    init() throws {
        folder = try TemporaryFolder()
        archive = CommandRunner(folder: folder.url)
        database = folder.path("archive.sqlite")
        try #require(archive.run("ingest").status == 0)
    }

    private func ingestArticle(with value: String) throws -> ArticleDraft {
        let record: [String: Any] = [
            "title": "Glacier report \(value)", "source": value, "authors": [value], "url": "https://example.org/\(value)",
            "text": "The glacier retreated again this year. \(value)",
        ]
        let path = try folder.write("hostile.jsonl", JSONSerialization.data(withJSONObject: record) + Data("\n".utf8))
        let result = try archive.run(wrapping: [], ["ingest", path])
        #expect(result.status == 0, "\(result.stderr)")
        var expected = ArticleDraft(origin: path + "#1", title: "Glacier report \(value)", source: value)
        expected = expected.normalized()
        return expected
    }

    private func expectArchiveIntact() throws {
        let contents = try ArchiveContents(path: database)
        #expect(contents.problems.isEmpty)
        #expect(contents.articles >= 2)
    }

    @Test(arguments: hostile)
    func metadataIsStoredAndReturnedLiterally(value: String) throws {
        let expected = try ingestArticle(with: value)
        let result = try archive.run(wrapping: [], ["search", "glacier", "--format", "json"])
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let article = try #require(hits.first?["article"] as? [String: Any])
        #expect(article["title"] as? String == expected.title)
        #expect(article["source"] as? String == expected.source)
        try expectArchiveIntact()
    }

    @Test(arguments: hostile)
    func sourceFilterMatchesTheStoredNameLiterally(value: String) throws {
        let expected = try ingestArticle(with: value)
        let source = try #require(expected.source)
        let result = try archive.run(wrapping: [], ["search", "glacier", "--source", source])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("1–1 of 1 matching article"), "\(result.stderr)")
        let other = try archive.run(wrapping: [], ["search", "glacier", "--source", source + "x"])
        #expect(other.status == 0)
        #expect(other.stdout.isEmpty)
    }

    @Test(arguments: hostile)
    func queryIsSearchedAsWordsNeverAsSyntax(value: String) throws {
        for command in ["search", "who-said"] {
            let result = try archive.run(wrapping: [], [command, value])
            #expect([0, 2].contains(result.status), "\(command) \(value): \(result.stderr)")
            #expect(!result.stderr.contains("SQLite"), "\(command) \(value): \(result.stderr)")
            #expect(!result.stderr.lowercased().contains("fts5"), "\(command) \(value): \(result.stderr)")
        }
        try expectArchiveIntact()
    }

    @Test(arguments: hostile)
    func rawQueryErrorsAreReportedNotRun(value: String) throws {
        let result = try archive.run(wrapping: [], ["search", "--raw", value])
        #expect([0, 2].contains(result.status), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count <= 1)
        try expectArchiveIntact()
    }

    @Test(arguments: hostile)
    func unknownNamesAreReportedAsUnknown(value: String) throws {
        let person = try archive.run(wrapping: [], ["person", value])
        #expect(person.status == 1)
        #expect(person.stderr.contains("no one called"), "\(person.stderr)")
        let search = try archive.run(wrapping: [], ["search", "security", "--person", value])
        #expect(search.status == 1)
        #expect(search.stderr.contains("no one called"), "\(search.stderr)")
        let whoSaid = try archive.run(wrapping: [], ["who-said", "security", "--speaker", value])
        #expect(whoSaid.status == 0, "\(whoSaid.stderr)")
        try expectArchiveIntact()
    }

    /// A NUL cannot reach the binary through its arguments, but it can through an input's
    /// fields and through the library.
    @Test func nulBytesInFieldsAndQueriesAreData() throws {
        let memory = try makeStore()
        let draft = ArticleDraft(origin: "nul.txt", title: "Nul\u{0}title", source: "So\u{0}urce", paragraphs: ["Fjords and\u{0}glaciers."])
        try store([draft], in: memory)
        for text in ["glaciers\u{0}", "\u{0}", "fjords\u{0} OR \u{0}glaciers"] {
            let query = try? SearchQuery.parse(text)
            if let query {
                #expect(throws: Never.self) { try memory.search(SearchRequest(text: .query(query), source: "So\u{0}urce")) }
            }
        }
        #expect(try memory.resolveEntity("\u{0}'; DROP TABLE entity; --") == .unknown)
        #expect(try memory.count("article") == 1)
    }
}
