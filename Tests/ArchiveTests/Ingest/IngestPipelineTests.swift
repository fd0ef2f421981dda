import Foundation
import Testing
@testable import Archive

/// The pipeline extracts one batch while it stores the one before: what is stored, and in
/// which order, must not depend on that.
@Suite("Ingest pipeline: batches overlap, results keep the input order")
struct IngestPipelineTests {
    @Test(arguments: [1, 2, 3, 256])
    func articlesAreStoredInInputOrderWhateverTheBatchSize(batchSize: Int) throws {
        let folder = try TemporaryFolder()
        let lines = (0..<7).map { n in
            // The sixth repeats the second's text: a duplicate found across batches.
            let body = n == 5 ? "Body of article 1 with words of its own." : "Body of article \(n) with words of its own."
            return #"{"title": "Article \#(n)", "text": "\#(body)"}"#
        }
        let path = try folder.write("articles.jsonl", lines.joined(separator: "\n") + "\n")
        let archive = try makeStore()
        let summary = try IngestPipeline(store: archive, batchSize: batchSize).ingest(DraftStream(paths: [path]), report: { _ in })
        #expect(summary.ingested == 6)
        #expect(summary.duplicates == 1)
        let titles = try archive.database.statement("SELECT title FROM article ORDER BY id").rows { $0.text(0) }
        #expect(titles == ["Article 0", "Article 1", "Article 2", "Article 3", "Article 4", "Article 6"])
        #expect(try archive.checkProblems() == [])
    }

    @Test func aBatchAlsoEndsAtItsTextBudgetSoLongArticlesMakeSmallBatches() throws {
        let folder = try TemporaryFolder()
        // Six articles of about 1,000 bytes each; a budget of 2,500 bytes ends a batch every
        // third article, although 1,024 articles would fit by count.
        let lines = (0..<6).map { n in
            let text = String(repeating: "word\(n) ", count: 160)
            return #"{"title": "Article \#(n)", "text": "\#(text)"}"#
        }
        let path = try folder.write("articles.jsonl", lines.joined(separator: "\n") + "\n")
        let archive = try makeStore()
        let pipeline = IngestPipeline(store: archive, batchSize: 1_024, batchTextBytes: 2_500)
        let summary = try pipeline.ingest(DraftStream(paths: [path]), report: { _ in })
        #expect(summary.ingested == 6)
        #expect(pipeline.batchesStarted == 2)
        let byCount = IngestPipeline(store: try makeStore())
        _ = try byCount.ingest(DraftStream(paths: [path]), report: { _ in })
        #expect(byCount.batchesStarted == 1)
    }
}
