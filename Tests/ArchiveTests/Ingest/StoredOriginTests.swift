import Foundation
import Testing
@testable import Archive

/// An origin is stored as its input's path, once per input, and the article's number in it;
/// every origin a reader can write comes back exactly as written.
@Suite("Origins stored as an input and a number")
struct StoredOriginTests {
    @Test(arguments: [
        ("wire.jsonl#1", "wire.jsonl", 1), ("../data/feed.xml#20768", "../data/feed.xml", 20_768),
        ("story.txt", "story.txt", 0), ("a#b.txt", "a#b.txt", 0), ("dir#2/a.txt", "dir#2/a.txt", 0),
        ("x#012", "x#012", 0), ("x#0", "x#0", 0), ("#5", "#5", 0), ("x#", "x#", 0), ("x#1#2", "x#1", 2),
        ("x#1234567890123456789", "x#1234567890123456789", 0), ("é#٣", "é#٣", 0),
    ] as [(String, String, Int64)])
    func partsGiveTheOriginBack(origin: String, path: String, item: Int64) {
        let stored = StoredOrigin(origin)
        #expect(stored.path == path)
        #expect(stored.item == item)
        #expect(stored.origin == origin)
    }

    @Test func anInputOfManyArticlesIsStoredOnce() throws {
        let archive = try makeStore()
        let drafts = (1...3).map { ArticleDraft(origin: "wire.jsonl#\($0)", title: "Story \($0)", paragraphs: ["Body number \($0) of the wire."]) }
            + [ArticleDraft(origin: "notes#1.txt", title: "Notes", paragraphs: ["A file whose name holds a hash."])]
        try store(drafts, in: archive)
        #expect(try archive.database.statement("SELECT path FROM input ORDER BY id").rows { $0.text(0) } == ["wire.jsonl", "notes#1.txt"])
        #expect(try archive.database.statement("SELECT origin FROM article_origin ORDER BY id").rows { $0.text(0) }
            == ["wire.jsonl#1", "wire.jsonl#2", "wire.jsonl#3", "notes#1.txt"])
        // Found again by origin: re-ingesting changes nothing, and `show` finds each.
        #expect(try store(drafts, in: archive).allSatisfy { if case .unchanged = $0 { true } else { false } })
        for (number, draft) in drafts.enumerated() {
            #expect(try archive.article(url: draft.origin)?.summary.id == number + 1, "\(draft.origin)")
        }
        #expect(try archive.article(url: "wire.jsonl#4") == nil)
        #expect(try archive.article(url: "wire.jsonl") == nil)
    }
}
