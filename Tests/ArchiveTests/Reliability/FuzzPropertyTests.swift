import Foundation
import Testing
@testable import Archive

/// The properties the libFuzzer targets in Fuzz/ check, held here over the seed corpus and the
/// inputs that once broke things, so that `swift test` keeps them without the fuzzer.
/// Each crash Scripts/fuzz finds is added to the arguments of the test for its target.
@Suite("Fuzz properties over the seed corpus")
struct FuzzPropertyTests {
    /// Fuzz/corpus/TARGET, read as text.
    static func seeds(_ target: String) -> [String] {
        let folder = packageRoot.appendingPathComponent("Fuzz/corpus/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? []
        return names.compactMap { try? Data(contentsOf: folder.appendingPathComponent($0)) }.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test(arguments: seeds("FuzzSearchQuery") + ["\"", "-", "OR", "* * *", "\u{0}", "-\"\"*", "a OR -b OR", "“unclosed", "NEAR(\"a\" b, 9)"])
    func everyParsedQueryRunsWithoutAnFTS5Error(text: String) throws {
        let store = try makeStore()
        guard let query = try? SearchQuery.parse(text) else { return }
        #expect(throws: Never.self) { try store.search(SearchRequest(text: .query(query))) }
    }

    @Test(arguments: seeds("FuzzDateParser"))
    func aParsedDateReadsBackFromItsISOForm(text: String) throws {
        let date = try #require(DateParser.parse(text))
        #expect(DateParser.parse(date.iso8601) == date)
    }

    @Test(arguments: seeds("FuzzQuoteExtractor"))
    func everyQuotationLiesInsideItsParagraphs(text: String) {
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let entities = EntityExtractor().extract(title: nil, paragraphs: paragraphs)
        for quote in QuoteExtractor().extract(paragraphs: paragraphs, entities: entities) {
            #expect(quote.paragraph >= 0 && quote.paragraph <= quote.endParagraph && quote.endParagraph < paragraphs.count)
            #expect(quote.start >= 0 && quote.start <= paragraphs[quote.paragraph].unicodeScalars.count)
            #expect(quote.end >= 0 && quote.end <= paragraphs[quote.endParagraph].unicodeScalars.count)
        }
    }

    @Test(arguments: [InputFormat.html, .feed])
    func readersTakeEverySeedOfTheOtherWithoutCrashing(format: InputFormat) throws {
        let reader = try #require(ReaderRegistry.reader(for: format))
        for text in Self.seeds("FuzzHTMLReader") + Self.seeds("FuzzFeedReader") {
            try? reader.read(InputDocument(origin: "seed", data: Data(text.utf8)), emit: { _ in }, report: { _ in })
        }
    }
}
