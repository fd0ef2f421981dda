import Foundation
import Testing
@testable import Archive

@Suite("MetadataTable")
struct MetadataTableTests {
    static let tsv = """
    compartment\tfilename\tpublisher\tpublication_date\tauthor\ttitle\tcredit
    train\tbreitbart_2015-11-11_ninth-circle\tbreitbart\t2015-11-11\tVirgil\tThe Ninth Circle\tNone
    train\tnyt_2016-01-02_caucus.txt\tnyt\t2016-01-02\tNone\tCaucus night\tNone
    """

    @Test func joinsByFileNameWithoutExtension() throws {
        let table = try MetadataTable(data: Data(Self.tsv.utf8), origin: "metadata.tsv")
        var draft = ArticleDraft(origin: "corpus/text/breitbart_2015-11-11_ninth-circle.txt", title: "From the text", paragraphs: ["Body."])
        #expect(table.apply(to: &draft))
        #expect(draft.title == "The Ninth Circle")
        #expect(draft.source == "breitbart")
        #expect(draft.published?.iso8601 == "2015-11-11")
        #expect(draft.authors == ["Virgil"])
        #expect(draft.paragraphs == ["Body."])
    }

    @Test func joinsByFileNameWithExtension() throws {
        let table = try MetadataTable(data: Data(Self.tsv.utf8), origin: "metadata.tsv")
        #expect(table.entry(for: "text/nyt_2016-01-02_caucus.txt")?.title == "Caucus night")
        #expect(table.entry(for: "nyt_2016-01-02_caucus")?.source == "nyt")
    }

    @Test func treatsNoneAsNoValue() throws {
        let table = try MetadataTable(data: Data(Self.tsv.utf8), origin: "metadata.tsv")
        var draft = ArticleDraft(origin: "nyt_2016-01-02_caucus.txt", authors: ["From the text"])
        table.apply(to: &draft)
        #expect(draft.authors == ["From the text"])
    }

    @Test func leavesFilesItDoesNotListAlone() throws {
        let table = try MetadataTable(data: Data(Self.tsv.utf8), origin: "metadata.tsv")
        var draft = ArticleDraft(origin: "other.txt", title: "Mine")
        #expect(!table.apply(to: &draft))
        #expect(draft.title == "Mine")
    }

    @Test func readsCSVWithAFileColumn() throws {
        let csv = "file,title,date,url\n\"a,b.txt\",\"Comma, title\",\"Sept. 12, 2016\",https://x.example/a\n"
        let table = try MetadataTable(data: Data(csv.utf8), origin: "meta.csv")
        let entry = try #require(table.entry(for: "dir/a,b.txt"))
        #expect(entry.title == "Comma, title")
        #expect(entry.published?.iso8601 == "2016-09-12")
        #expect(entry.url == "https://x.example/a")
    }

    @Test func refusesATableWithoutAFileColumn() {
        #expect(throws: InputProblem.self) {
            try MetadataTable(data: Data("title\tdate\nA\t2016-09-12\n".utf8), origin: "meta.tsv")
        }
    }

    @Test func reportsAnUnreadableDateWithItsLine() throws {
        var problems: [InputProblem] = []
        _ = try MetadataTable(data: Data("filename\tdate\na.txt\tlater\n".utf8), origin: "meta.tsv", report: { problems.append($0) })
        #expect(problems.map(\.line) == [2])
    }
}

/// The PolNeAR metadata table in ../shared, when it is there: every article file has its row.
@Suite("MetadataTable on PolNeAR")
struct PolNeARMetadataTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/data/polnear/train").standardized.path

    @Test(.enabled(if: FileManager.default.fileExists(atPath: folder + "/metadata.tsv"), "../shared/data/polnear is absent"))
    func everyArticleFileHasItsRow() throws {
        var problems: [InputProblem] = []
        let table = try MetadataTable(contentsOf: Self.folder + "/metadata.tsv", report: { problems.append($0) })
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder + "/text").filter { $0.hasSuffix(".txt") }
        #expect(!files.isEmpty)
        let unmatched = files.filter { table.entry(for: Self.folder + "/text/" + $0) == nil }
        #expect(unmatched.isEmpty)
        #expect(problems.isEmpty)
        var draft = ArticleDraft(origin: Self.folder + "/text/" + (files.sorted().first ?? ""))
        table.apply(to: &draft)
        #expect(draft.published != nil && draft.source != nil && !draft.title.isEmpty)
    }
}
