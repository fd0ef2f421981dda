import Foundation
import Testing
@testable import Archive

/// Every bad input costs only itself: one line naming it (and the line, where there is one),
/// while the good input beside it is still ingested and the run counts a failure.
@Suite("Bad inputs: one line each, the rest still ingested")
struct BadInputTests {
    private let folder: TemporaryFolder
    private let good: String

    init() throws {
        folder = try TemporaryFolder()
        good = try folder.write("good.txt", GeneratedInput.article("lighthouse"))
    }

    /// Ingests the good file and `bad`, and returns the one problem reported for `bad`.
    private func problem(ingesting bad: String) throws -> InputProblem {
        let store = try makeStore()
        let run = try IngestRun([good, bad], into: store)
        #expect(run.summary.ingested == 1, "the good file beside \(bad) was not ingested")
        #expect(run.summary.failed >= 1)
        let problem = try #require(run.problem(for: bad), "expected one problem for \(bad), got \(run.problems)")
        #expect(!problem.description.contains("\n"))
        #expect(problem.description.hasPrefix(bad))
        return problem
    }

    @Test func emptyFileIsReported() throws {
        let path = try folder.write("empty.txt", Data())
        #expect(try problem(ingesting: path).reason.contains("empty"))
    }

    @Test(arguments: [
        ("photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], "a PNG image"),
        ("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00], "a JPEG image"),
        ("articles.zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00], "a zip archive"),
        ("data.bin", [0x41, 0x42, 0x00, 0x01, 0x02, 0x43, 0x44], "NUL bytes"),
    ] as [(String, [UInt8], String)])
    func binaryFileIsReportedNotStoredAsText(name: String, bytes: [UInt8], kind: String) throws {
        let path = try folder.write(name, Data(bytes + Array(repeating: 0x7F, count: 200)))
        let reason = try problem(ingesting: path).reason
        #expect(reason.contains("binary data"))
        #expect(reason.contains(kind))
    }

    @Test func invalidUTF8TextIsReadAsWindows1252AndStored() throws {
        // "café – 50 €" in Windows-1252: not valid UTF-8, and what such files almost always are.
        let path = try folder.write("latin.txt", Data([0x63, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x35, 0x30, 0x20, 0x80, 0x0A]))
        let store = try makeStore()
        let run = try IngestRun([path], into: store)
        #expect(run.summary.ingested == 1)
        #expect(try store.database.integer("SELECT count(*) FROM paragraph WHERE text = 'café – 50 €'") == 1)
    }

    @Test func invalidUTF8InAJSONLineIsReportedWithItsLine() throws {
        var bytes = GeneratedInput.jsonLines(count: 1)
        bytes.append(contentsOf: Array(#"{"title": "bad "#.utf8) + [0xC3, 0x28] + Array("\"}\n".utf8))
        bytes.append(GeneratedInput.jsonLines(count: 1, first: 1))
        let path = try folder.write("mixed.jsonl", bytes)
        let store = try makeStore()
        let run = try IngestRun([path], into: store)
        #expect(run.summary.ingested == 2)
        #expect(run.problems.map(\.line) == [2])
        #expect(run.problems.first?.description.hasPrefix("\(path):2: not valid JSON") == true)
    }

    @Test func malformedJSONLinesAreReportedByLineAndTheRestIngested() throws {
        let lines = [#"{"title": "One", "text": "First story."}"#, #"{"title": "Two", "text": "#, "not json at all",
                     #"["an", "array"]"#, #"{"title": "Five", "text": "Fifth story."}"#]
        let path = try folder.write("feed.jsonl", lines.joined(separator: "\n"))
        let store = try makeStore()
        let run = try IngestRun([path], into: store)
        #expect(run.summary.ingested == 2)
        #expect(run.problems.map(\.line) == [2, 3, 4])
        #expect(run.problems.allSatisfy { $0.origin == path && !$0.description.contains("\n") })
    }

    @Test func truncatedGzipIsReported() throws {
        let whole = try #require(gzip(Data(GeneratedInput.article("tides").utf8)))
        let path = try folder.write("story.txt.gz", whole.prefix(whole.count / 2))
        #expect(try problem(ingesting: path).reason.contains("truncated"))
    }

    @Test func megabyteSingleLineIsStoredAsOneParagraph() throws {
        let line = (0..<130_000).map { "word\($0 % 977)" }.joined(separator: " ")
        let path = try folder.write("long.txt", line + " endmarker\n")
        #expect(line.utf8.count > 1_000_000)
        let store = try makeStore()
        let run = try IngestRun([path], into: store)
        #expect(run.summary.ingested == 1)
        let hits = try store.search(SearchRequest(text: .query(SearchQuery.parse("endmarker"))))
        #expect(hits.total == 1)
    }

    @Test func hundredThousandNestedElementsAreIngestedOrReportedWithoutCrashing() throws {
        let depth = 100_000
        let page = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Deep text about reefs.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let path = try folder.write("deep.html", page)
        let store = try makeStore()
        let run = try IngestRun([good, path], into: store)
        #expect(run.summary.ingested + run.summary.failed >= 2)
        #expect(run.problems.allSatisfy { !$0.description.contains("\n") })
    }

    @Test(arguments: ["laughs.rss", "leak.rss"])
    func feedWithEntityDeclarationsIsReportedWithItsLine(name: String) throws {
        let feed = name == "laughs.rss" ? FeedSafetyTests.billionLaughs : FeedSafetyTests.externalEntity
        let path = try folder.write(name, feed)
        let problem = try problem(ingesting: path)
        #expect(problem.reason.contains("entity expansion is not allowed"))
        #expect(problem.line != nil)
    }

    @Test func pathThatDoesNotExistIsReported() throws {
        let path = folder.path("nowhere/missing.txt")
        #expect(try problem(ingesting: path).reason == "no such file or folder")
    }

    @Test func namedPipeIsReportedInsteadOfWaitedOn() throws {
        let path = folder.path("pipe.txt")
        try #require(mkfifo(path, 0o644) == 0)
        #expect(try problem(ingesting: path).reason.contains("named pipe"))
    }

    @Test func socketIsReported() throws {
        let path = folder.path("socket.txt")
        let socket = try UnixSocket(boundTo: path)
        defer { _ = socket }
        #expect(try problem(ingesting: path).reason.contains("socket"))
    }

    @Test func specialFileInAFolderIsReportedAndTheRestOfTheFolderIngested() throws {
        let inner = try TemporaryFolder()
        try inner.write("a.txt", GeneratedInput.article("estuary"))
        try #require(mkfifo(inner.path("b.txt"), 0o644) == 0)
        let store = try makeStore()
        let run = try IngestRun([inner.url.path], into: store)
        #expect(run.summary.ingested == 1)
        #expect(run.problems.map(\.origin) == [inner.path("b.txt")])
    }

    @Test func folderWithASymlinkLoopIsWalkedOnce() throws {
        let inner = try TemporaryFolder()
        try inner.write("story.txt", GeneratedInput.article("delta"))
        try FileManager.default.createSymbolicLink(atPath: inner.path("again"), withDestinationPath: inner.url.path)
        try FileManager.default.createDirectory(atPath: inner.path("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: inner.path("sub/up"), withDestinationPath: "..")
        let store = try makeStore()
        let run = try IngestRun([inner.url.path], into: store)
        #expect(run.summary.ingested == 1)
        #expect(run.summary.duplicates == 0)
        #expect(run.problems.isEmpty)
    }

    @Test func symlinkThatLeadsToItselfIsReported() throws {
        let inner = try TemporaryFolder()
        try inner.write("story.txt", GeneratedInput.article("channel"))
        try FileManager.default.createSymbolicLink(atPath: inner.path("loop.txt"), withDestinationPath: "loop.txt")
        let store = try makeStore()
        let run = try IngestRun([inner.url.path], into: store)
        #expect(run.summary.ingested == 1)
        #expect(run.problems.map(\.origin) == [inner.path("loop.txt")])
    }
}

/// Text, HTML, JSON and feeds are held whole in memory while read, so a file of one of them
/// above the limit is refused; JSON Lines, CSV and TSV stream a record at a time and take any
/// size. The real limit is 64 MiB (Scripts/large-inputs tries 200 MB); these tests lower it.
@Suite("Input size policy")
struct InputSizeTests {
    private let folder: TemporaryFolder
    private let loader = InputLoader(maximumDocumentSize: 1024)

    init() throws {
        folder = try TemporaryFolder()
    }

    private func read(_ path: String) throws -> (drafts: [ArticleDraft], problems: [InputProblem]) {
        var drafts: [ArticleDraft] = [], problems: [InputProblem] = []
        try loader.read(loader.load(.file(path)), emit: { drafts.append($0) }, report: { problems.append($0) })
        return (drafts, problems)
    }

    @Test(arguments: ["big.txt", "big.html", "big.rss", "big.json"])
    func wholeDocumentAboveTheLimitIsRefusedWithItsSize(name: String) throws {
        let path = try folder.write(name, String(repeating: "Harbour news. ", count: 200))
        let problem = try #require(throws: InputProblem.self) { try read(path) }
        #expect(problem.description == "\(path): " + problem.reason)
        #expect(problem.reason.hasPrefix("the file is 2.7 KiB, more than the 1 KiB a single"))
    }

    @Test func documentAtTheLimitIsRead() throws {
        let path = try folder.write("exact.txt", String(repeating: "Harbour.\n", count: 1024 / 9) + String(repeating: " ", count: 1024 % 9))
        #expect(try read(path).drafts.count == 1)
    }

    @Test(arguments: ["big.jsonl", "big.csv"])
    func recordFormatsAboveTheLimitAreRead(name: String) throws {
        let jsonLines = GeneratedInput.jsonLines(count: 20)
        let csv = "title,text\n" + (0..<20).map { "Report \($0),The harbour council met on day \($0) and heard many members speak.\n" }.joined()
        let path = try folder.write(name, name.hasSuffix("jsonl") ? jsonLines : Data(csv.utf8))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count > 1024)
        let reading = try read(path)
        #expect(reading.drafts.count == 20)
        #expect(reading.problems.isEmpty)
    }

    @Test func defaultLimitIsSixtyFourMebibytes() {
        #expect(InputLoader().maximumDocumentSize == 64 << 20)
    }
}

/// The same through the binary: one line per bad input, the good one stored, exit status 1.
@Suite("Bad inputs on the command line")
struct BadInputCommandLineTests {
    @Test func ingestReportsEachBadInputOnOneLineStoresTheGoodOneAndExitsOne() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.txt", GeneratedInput.article("lighthouse"))
        let empty = try folder.write("empty.txt", Data())
        let image = try folder.write("photo.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]))
        let missing = folder.path("missing.txt")
        let pipe = folder.path("pipe.txt")
        try #require(mkfifo(pipe, 0o644) == 0)
        let runner = CommandRunner(folder: folder.url)
        let result = try runner.run(wrapping: [], ["ingest", missing, good, empty, image, pipe])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        for bad in [missing, empty, image, pipe] {
            #expect(lines.filter { $0.hasPrefix("archive: \(bad): ") }.count == 1, "\(bad) in \(lines)")
        }
        #expect(lines.last == "ingested 1, updated 0, unchanged 0, duplicates 0, failed 4")
        #expect(try runner.run(wrapping: [], ["search", "lighthouse"]).status == 0)
    }
}

/// Unreadable files. Root reads any file whatever its mode, so as root the check runs the
/// binary as `nobody` (setpriv); a FIFO and a socket are tested above for everyone.
@Suite("Unreadable inputs")
struct UnreadableInputTests {
    @Test(.enabled(if: RestrictedUser.canDropPrivileges, "neither an unprivileged user nor setpriv"))
    func fileWithoutReadPermissionIsReportedAndTheRestIngested() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.txt", GeneratedInput.article("fjord"))
        let secret = try folder.write("secret.txt", GeneratedInput.article("vault"))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: secret)
        try RestrictedUser.giveFolder(folder.url)
        let result = try RestrictedUser.run(["ingest", "--db", folder.path("a.sqlite"), good, secret], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("archive: \(secret): cannot read the file (permission denied)"))
        #expect(result.stderr.contains("ingested 1,"))
    }
}

/// A listening Unix-domain socket at a path, closed when released.
final class UnixSocket {
    private let descriptor: Int32

    init(boundTo path: String) throws {
        descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard descriptor >= 0, bound == 0 else { throw POSIXError(.EADDRNOTAVAIL) }
    }

    deinit { close(descriptor) }
}

/// gzip bytes of `data`, made by the system's gzip.
func gzip(_ data: Data) -> Data? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "gzip -c"]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    guard (try? process.run()) != nil else { return nil }
    input.fileHandleForWriting.write(data)
    try? input.fileHandleForWriting.close()
    let result = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? result : nil
}
