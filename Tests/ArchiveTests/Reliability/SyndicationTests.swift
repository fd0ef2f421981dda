import Foundation
import Testing
@testable import Archive

/// A wire story can arrive thousands of times with small edits. Each copy must cost about the
/// same to ingest as the first (Scripts/crash-test's first version took minutes per thousand),
/// and every copy still joins the one story.
@Suite("A story syndicated many times")
struct SyndicationTests {
    static let story = (0..<6).map { paragraph in
        (0..<30).map { "w" + String(($0 &* 7_919 &+ paragraph &* 104_729) % 999_983, radix: 36) }.joined(separator: " ") + "."
    }

    @Test func copiesBeyondTheCandidateLimitAllJoinTheFirstStory() throws {
        let archive = try makeStore()
        let copies = NearDuplicateIndex.candidatesPerBand * 3
        let drafts = (0..<copies).map { number in
            ArticleDraft(origin: "copy\(number).txt", title: "Wire story", paragraphs: Self.story + ["Reporting by correspondent \(number)."])
        }
        try store(drafts, in: archive)
        #expect(try archive.count("article") == copies)
        #expect(try archive.database.integer("SELECT count(DISTINCT story_id) FROM article") == 1)
    }
}
