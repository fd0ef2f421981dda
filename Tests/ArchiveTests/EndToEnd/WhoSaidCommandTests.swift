import Foundation
import Testing

/// Issue 3's promises on the seed articles, through the binary.
@Suite("who-said, person and people on the seeds")
struct WhoSaidCommandTests {
    private let folder: TemporaryFolder
    private let archive: CommandRunner

    init() throws {
        folder = try TemporaryFolder()
        archive = CommandRunner(folder: folder.url)
        try archive.run("ingest")
    }

    @Test func whoSaidNATONamesTrumpAndLavrovButNotLeavittOrStarmer() throws {
        let result = try archive.run("who-said", "NATO", "--format", "json")
        let groups = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let speakers = groups.compactMap { $0["speaker"] as? String }
        #expect(speakers.contains("Donald Trump"))
        #expect(speakers.contains("Sergei Lavrov"))
        #expect(!speakers.contains("Karoline Leavitt"))
        #expect(!speakers.contains("Keir Starmer"))
        let trump = try #require(groups.first { $0["speaker"] as? String == "Donald Trump" })
        let texts = (trump["quotes"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(texts.contains { $0.contains("It can’t be NATO") })
        #expect(texts.contains { $0.contains("abandon its plans to join NATO") })
        let lavrov = try #require(groups.first { $0["speaker"] as? String == "Sergei Lavrov" })
        let lavrovTexts = (lavrov["quotes"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(lavrovTexts.contains { $0.contains("any scenarios that envisage deployment of NATO forces in Ukraine") })
    }

    @Test func personZelenskyAndZelenskyyAreTheSamePersonWithBothSpellings() throws {
        let one = try archive.run("person", "Zelensky")
        let other = try archive.run("person", "Zelenskyy")
        #expect(one.status == 0)
        #expect(one.stdout == other.stdout)
        #expect(one.stdout.contains("Zelensky,") || one.stdout.contains("Zelensky\n"))
        #expect(one.stdout.contains("Zelenskyy"))
        #expect(one.stdout.contains("2 articles"))
    }

    @Test func unknownPersonExitsOne() throws {
        let result = try archive.run("person", "Nobody Atall")
        #expect(result.status == 1)
        #expect(result.stderr.contains("no one called 'Nobody Atall'"))
    }

    @Test func peopleRanksTrumpFirst() throws {
        let result = try archive.run("people", "--format", "csv")
        let rows = result.stdout.split(separator: "\r\n")
        #expect(rows.first == "rank,id,name,kind,articles,mentions,first_seen,last_seen")
        #expect(rows.dropFirst().first?.contains(",Donald Trump,person,2,") == true)
    }

    @Test func searchByPersonFindsTheArticlesThatMentionThem() throws {
        let result = try archive.run("search", "peace", "--person", "Lavrov")
        #expect(result.stdout.contains("003_6986685d80bdd0e5.txt"))
        #expect(!result.stdout.contains("000_f211d7d9a8802f9f.txt"))
    }

    @Test func extractFillsEntitiesAndQuotesForTheSeeds() throws {
        let seeds = packageRoot.appendingPathComponent("seeds").path
        let result = try archive.run("extract", "--format", "jsonl", seeds + "/000_f211d7d9a8802f9f.txt")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let entities = try #require(record["entities"] as? [[String: Any]])
        #expect(entities.contains { $0["name"] as? String == "Keir Starmer" && $0["kind"] as? String == "person" && $0["role"] as? String == "Prime Minister" })
        #expect(entities.contains { $0["text"] as? String == "NATO" && $0["kind"] as? String == "organization" })
        let quotes = try #require(record["quotes"] as? [[String: Any]])
        #expect(quotes.contains { $0["speaker"] as? String == "Donald Trump" && $0["kind"] as? String == "indirect" })
    }
}
