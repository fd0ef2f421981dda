import Foundation
import Testing
@testable import Archive

@Suite("Large inputs are read through without staying resident")
struct ReadPagesTests {
    /// A JSON Lines file several strides long, each line one article with its number in the text.
    private func largeFile(in folder: TemporaryFolder, lines: Int) throws -> String {
        let filler = String(repeating: "The committee met again on Tuesday and said little. ", count: 80)
        var text = ""
        for n in 1...lines {
            text += #"{"title": "Dispatch \#(n)", "text": "Number \#(n). \#(filler)"}"# + "\n"
        }
        return try folder.write("large.jsonl", text)
    }

    /// The size of the file as loaded, and every article read from it.
    private func read(_ path: String) throws -> (size: Int, drafts: [ArticleDraft]) {
        let loader = InputLoader()
        let document = try loader.load(.file(path))
        var drafts: [ArticleDraft] = []
        try loader.read(document, emit: { drafts.append($0) }, report: { _ in })
        return (document.data.count, drafts)
    }

    @Test func everyRecordOfAFileLongerThanSeveralStridesIsReadIntact() throws {
        let folder = try TemporaryFolder()
        let lines = 6_000  // ~25 MB: three releases on the way
        let (size, drafts) = try read(try largeFile(in: folder, lines: lines))
        #expect(size > 3 * ReadPages.stride)
        #expect(drafts.count == lines)
        #expect(drafts.enumerated().allSatisfy { index, draft in
            draft.title == "Dispatch \(index + 1)" && draft.paragraphs.first?.hasPrefix("Number \(index + 1).") == true
        })
    }

    @Test func everyRowOfALargeCSVFileIsReadIntact() throws {
        let folder = try TemporaryFolder()
        let filler = String(repeating: "Markets closed higher, with \"\"cautious\"\" buying. ", count: 80)
        var text = "title,text\n"
        let rows = 7_000  // ~28 MB: three releases on the way
        for n in 1...rows { text += "Dispatch \(n),\"Number \(n). \(filler)\"\n" }
        let (size, drafts) = try read(try folder.write("large.csv", text))
        #expect(size > 3 * ReadPages.stride)
        #expect(drafts.count == rows)
        #expect(drafts.enumerated().allSatisfy { index, draft in
            draft.title == "Dispatch \(index + 1)" && draft.paragraphs.first?.contains("\"cautious\"") == true
        })
    }

    @Test func releasingMemoryThatIsNotAFileMappingKeepsItsBytes() {
        let data = Data((0..<(3 * 4096 + 100)).map { UInt8($0 % 251) })
        let before = [UInt8](data)  // a copy: Data would share its buffer
        ReadPages.release(data, before: data.count)
        ReadPages.release(data, before: 10_000_000)  // beyond the end: ignored
        #expect([UInt8](data) == before)
    }
}
