import Archive
import ArgumentParser

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the archive file: SQLite's integrity, every full-text index, foreign keys and counts.",
        discussion: """
            Prints ok and exits 0 when all is well; otherwise lists the problems and exits 1. \
            --repair first rebuilds the full-text indexes from the stored text (the usual cure \
            for an index that no longer matches its table), then checks again.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Rebuild the full-text indexes, then check.")
    var repair = false

    @OptionGroup var output: FormatOptions

    func run() throws {
        try CommandFailure.run {
            let store = try ArchiveStore(path: database.resolvedPath, access: .read)
            if repair {
                try store.rebuildFullTextIndexes()
                StandardStreams.writeError("rebuilt the full-text indexes")
            }
            let problems = try store.checkProblems()
            let out = OutputBuffer()
            switch output.format {
            case .table:
                if problems.isEmpty { out.line("ok") }
                for problem in problems { out.line(problem) }
            case .json, .jsonl:
                let json = JSONValue.object([("ok", .bool(problems.isEmpty)), ("problems", .array(problems.map(JSONValue.string)))])
                out.line(output.format == .json ? json.prettyPrinted : json.serialized)
            case .csv:
                var csv = CSVWriter(header: ["problem"])
                for problem in problems { csv.row([problem]) }
                out.line(csv.text, terminated: false)
            }
            out.flush()
            if !problems.isEmpty {
                StandardStreams.writeError("\(problems.count) problem\(problems.count == 1 ? "" : "s")" + (repair ? "" : "; `archive check --repair` rebuilds the full-text indexes"))
                throw ExitCode.failure
            }
        }
    }
}
