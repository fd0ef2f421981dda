import Foundation
import Testing
@testable import Archive

/// An ingest reads its inputs on a thread of its own, ahead of the writer: what the writer
/// sees, and in which order, must be what a plain walk over the inputs gives.
@Suite("Reading ahead: the same drafts, problems and progress, in order, on the caller's thread")
struct ReadAheadTests {
    private enum Event: Equatable {
        case draft(String)
        case problem(InputProblem)
        case progress(Int, Int)
    }

    private func inputs(in folder: TemporaryFolder) throws -> DraftStream {
        let lines = (0..<40).map { n in n == 7 ? "{not json" : #"{"title": "Article \#(n)", "text": "Body \#(n)."}"# }
        let first = try folder.write("first.jsonl", lines.joined(separator: "\n") + "\n")
        let second = try folder.write("second.txt", "A title\n\nA paragraph of plain text.\n")
        return DraftStream(paths: [first, folder.path("missing.txt"), second])
    }

    @Test(arguments: [1, 3, 1_024])
    func readingAheadGivesWhatAPlainWalkGives(aheadDrafts: Int) throws {
        let folder = try TemporaryFolder()
        let stream = try inputs(in: folder)
        var plain: [Event] = []
        try stream.forEach(report: { plain.append(.problem($0)) },
                           progress: { plain.append(.progress($0.inputsDone, $0.articles)) }) { plain.append(.draft($0.title ?? "")) }
        var ahead: [Event] = []
        let caller = Thread.current
        var onCaller = true
        try stream.forEachReadingAhead(
            aheadDrafts: aheadDrafts, aheadBytes: 1 << 20,
            report: { ahead.append(.problem($0)); onCaller = onCaller && Thread.current == caller },
            progress: { ahead.append(.progress($0.inputsDone, $0.articles)); onCaller = onCaller && Thread.current == caller }
        ) { draft in
            ahead.append(.draft(draft.title ?? ""))
            onCaller = onCaller && Thread.current == caller
        }
        // 39 good lines and the text file; the bad line and the missing file.
        #expect(plain.count { if case .draft = $0 { true } else { false } } == 40)
        #expect(plain.count { if case .problem = $0 { true } else { false } } == 2)
        #expect(ahead == plain)
        #expect(onCaller)
    }

    @Test func anErrorFromTheConsumerStopsTheReadingAndComesBack() throws {
        struct Full: Error {}
        let folder = try TemporaryFolder()
        let stream = try inputs(in: folder)
        var taken = 0
        #expect(throws: Full.self) {
            try stream.forEachReadingAhead(aheadDrafts: 2, aheadBytes: 1 << 20, report: { _ in }) { _ in
                taken += 1
                if taken == 3 { throw Full() }
            }
        }
        #expect(taken == 3)
    }

    @Test func aDraftLongerThanTheByteLimitStillPasses() throws {
        let folder = try TemporaryFolder()
        let long = String(repeating: "word ", count: 2_000)
        let path = try folder.write("long.jsonl", (0..<3).map { #"{"title": "Long \#($0)", "text": "\#(long)"}"# }.joined(separator: "\n"))
        var titles: [String] = []
        try DraftStream(paths: [path]).forEachReadingAhead(aheadDrafts: 8, aheadBytes: 100, report: { _ in }) {
            titles.append($0.title ?? "")
        }
        #expect(titles == ["Long 0", "Long 1", "Long 2"])
    }
}
