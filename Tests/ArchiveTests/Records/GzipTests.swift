import Foundation
import Testing
@testable import Archive

@Suite("Gzip")
struct GzipTests {
    /// `{"title": "Zipped", "text": "Inside a gzip file."}` and a newline, gzip-compressed.
    static let compressed = Data([
        0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xAB, 0x56, 0x2A, 0xC9, 0x2C, 0xC9, 0x49, 0x55,
        0xB2, 0x52, 0x50, 0x8A, 0xCA, 0x2C, 0x28, 0x48, 0x4D, 0x51, 0xD2, 0x51, 0x50, 0x2A, 0x49, 0xAD, 0x28, 0x01,
        0x89, 0x78, 0xE6, 0x15, 0x67, 0xA6, 0xA4, 0x2A, 0x24, 0x2A, 0xA4, 0x57, 0x65, 0x16, 0x28, 0xA4, 0x65, 0xE6,
        0xA4, 0xEA, 0x29, 0xD5, 0x72, 0x01, 0x00, 0x3B, 0x10, 0x00, 0x39, 0x33, 0x00, 0x00, 0x00,
    ])
    static let plain = #"{"title": "Zipped", "text": "Inside a gzip file."}"# + "\n"

    @Test func decompresses() throws {
        #expect(Gzip.isCompressed(Self.compressed))
        #expect(try Gzip.decompress(Self.compressed) == Data(Self.plain.utf8))
    }

    @Test func readsConcatenatedMembers() throws {
        #expect(try Gzip.decompress(Self.compressed + Self.compressed) == Data((Self.plain + Self.plain).utf8))
    }

    @Test func reportsTruncation() {
        #expect(throws: Gzip.Failure.truncated) { try Gzip.decompress(Self.compressed.prefix(40)) }
    }

    @Test func reportsCorruption() {
        var damaged = Self.compressed
        damaged[12] ^= 0xFF
        damaged[13] ^= 0xFF
        #expect(throws: (any Error).self) { try Gzip.decompress(damaged) }
        #expect((try? Gzip.decompress(damaged)) == nil)
    }

    @Test func capsTheOutput() {
        #expect(throws: Gzip.Failure.tooLarge(limit: 10)) { try Gzip.decompress(Self.compressed, limit: 10) }
    }

    @Test func loaderReadsAGzippedFileAsWhatItHolds() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("news.jsonl.gz", Self.compressed)
        let loader = InputLoader()
        let document = try loader.load(.file(path))
        var titles: [String] = []
        try loader.read(document, emit: { titles.append($0.title) }, report: { _ in })
        #expect(titles == ["Zipped"])
    }

    @Test func loaderReportsATruncatedFileInOneLine() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("news.jsonl.gz", Self.compressed.prefix(40))
        let problem = try #require(throws: InputProblem.self) { try InputLoader().load(.file(path)) }
        #expect(problem.reason.contains("truncated"))
        #expect(problem.origin == path)
    }
}
