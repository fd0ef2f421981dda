import Foundation
import Testing
@testable import Archive

/// Inputs generated at run time for the reliability suites (nothing large is committed).
enum GeneratedInput {
    /// `count` distinct articles as JSON Lines; article `n` holds the words `marker` and
    /// `council`, the word `wordN`, and words of its own, so that no two are near-duplicates
    /// (a thousand near-duplicates of one story make a slow ingest, which is not what these test).
    static func jsonLines(count: Int, marker: String = "harbour", first: Int = 0) -> Data {
        var text = ""
        for number in first..<(first + count) {
            let own = (0..<24).map { "w" + String((number &* 7_919 &+ $0 &* 104_729) % 9_999_991, radix: 36) }
            let record: [String: Any] = [
                "title": "Report \(number) on the \(marker) council",
                "text": """
                    The \(marker) council met on day \(number) and heard word\(number) from its members.

                    \(own.joined(separator: " ")).
                    """,
            ]
            let line = try! JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
            text += String(decoding: line, as: UTF8.self) + "\n"
        }
        return Data(text.utf8)
    }

    /// A plain-text article that a search for `word` finds.
    static func article(_ word: String) -> String {
        "A headline about \(word)\n\nThe council discussed \(word) at length on Monday.\n\nIt will meet again next week.\n"
    }
}

/// Runs the ingest pipeline over `paths` into `store`, keeping every problem it reports.
struct IngestRun {
    let summary: IngestSummary
    let problems: [InputProblem]

    init(_ paths: [String], into store: ArchiveStore) throws {
        var problems: [InputProblem] = []
        summary = try IngestPipeline(store: store).ingest(DraftStream(paths: paths), report: { problems.append($0) })
        self.problems = problems
    }

    /// The one problem reported for `origin`, whatever its line.
    func problem(for origin: String) -> InputProblem? {
        let matching = problems.filter { $0.origin == origin }
        return matching.count == 1 ? matching[0] : nil
    }
}

/// The `archive` binary started in the background, its output going to files so that it can
/// be killed at any moment without a pipe to drain.
final class BackgroundArchive {
    let process = Process()
    private let output: URL

    init(_ arguments: [String], in folder: URL) throws {
        output = folder.appendingPathComponent("background-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let log = try FileHandle(forWritingTo: output)
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "ARCHIVE_DB")
        process.environment = environment
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    var isRunning: Bool { process.isRunning }

    /// Kills the process with SIGKILL, as a crash or a power cut would stop it, and waits for it.
    func killHard() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits for the process to end; its status and everything it wrote.
    func finish() -> (status: Int32, output: String) {
        process.waitUntilExit()
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return (process.terminationStatus, text)
    }
}

/// What the whole archive file holds, read with a fresh connection.
struct ArchiveContents {
    let articles: Int
    let origins: Int
    let distinctTitles: Int
    let problems: [String]

    init(path: String) throws {
        let store = try ArchiveStore(path: path, access: .read)
        articles = try store.count("article")
        origins = try store.count("article_origin")
        distinctTitles = try store.database.integer("SELECT count(DISTINCT title) FROM article") ?? 0
        problems = try store.integrityProblems()
    }
}

func sleep(milliseconds: Int) {
    usleep(useconds_t(milliseconds * 1000))
}

/// Runs the binary where file permissions apply. Root ignores them, so as root it runs as
/// `nobody` through setpriv; any other user runs it as themselves.
enum RestrictedUser {
    static let nobody: uid_t = 65534
    static let setpriv = "/usr/bin/setpriv"

    static var isRoot: Bool { geteuid() == 0 }

    /// True when permissions can be made to apply: not root, or root with setpriv and a
    /// binary that `nobody` may run (a build folder under /root may not be).
    static let canDropPrivileges: Bool = {
        guard isRoot else { return true }
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: setpriv)
        probe.arguments = ["--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups", CommandRunner.executable.path, "--help"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    /// Makes `folder` and what it holds belong to the user the binary will run as.
    static func giveFolder(_ folder: URL) throws {
        guard isRoot else { return }
        let paths = [folder.path] + (FileManager.default.subpaths(atPath: folder.path) ?? []).map { folder.appendingPathComponent($0).path }
        for path in paths { try #require(chown(path, nobody, gid_t(nobody)) == 0) }
    }

    static func run(_ arguments: [String], in folder: URL) throws -> CommandRunner.Result {
        let runner = CommandRunner(folder: folder)
        guard isRoot else { return try runner.run(wrapping: [], arguments) }
        return try runner.run(wrapping: [setpriv, "--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups"], arguments)
    }
}

/// Runs the binary with `folder` mounted read-only, in a mount namespace of its own so that
/// nothing outside the command sees the mount. Needs root (or CAP_SYS_ADMIN) and unshare.
enum ReadOnlyMount {
    static let unshare = "/usr/bin/unshare"

    static let isAvailable: Bool = {
        guard RestrictedUser.isRoot, FileManager.default.isExecutableFile(atPath: unshare) else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: unshare)
        probe.arguments = ["--mount", "--", "/bin/sh", "-c", "mount --bind -o ro /tmp /tmp"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    static func run(_ arguments: [String], readOnly folder: URL, in workingFolder: URL) throws -> CommandRunner.Result {
        try CommandRunner(folder: workingFolder).run(wrapping: [
            unshare, "--mount", "--", "/bin/sh", "-c", #"mount --bind -o ro "$0" "$0" && exec "$@""#, folder.path,
        ], arguments)
    }
}


extension CommandRunner {
    /// Runs the binary with an argument array, through `launcher` when one is given (a command
    /// that ends by running the one it is handed, such as setpriv or unshare).
    func run(wrapping launcher: [String] = [], _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: launcher.first ?? Self.executable.path)
        process.arguments = Array(launcher.dropFirst()) + (launcher.isEmpty ? [] : [Self.executable.path]) + arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "ARCHIVE_DB")
        env.merge(environment) { $1 }
        process.environment = env
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }
}
