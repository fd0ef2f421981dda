import Archive
import ArgumentParser

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Take articles into the archive.",
        discussion: """
            With no path, ingests the bundled sample articles. A path may be a file, a folder \
            (read recursively) or - for standard input. Ingesting the same article again changes \
            nothing; an article whose text changed is updated in place.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("Files or folders to ingest, or - for standard input.", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var metadata: MetadataOptions

    @Flag(name: .shortAndLong, help: "List every duplicate that was skipped.")
    var verbose = false

    /// How many skipped duplicates are listed without --verbose.
    static let duplicatesShown = 10

    func run() throws {
        try CommandFailure.run {
            let store = try ArchiveStore(path: database.resolvedPath, access: .write)
            let pipeline = IngestPipeline(store: store)
            let progress = ProgressBar()
            let report: (InputProblem) -> Void = { problem in
                progress.finish()
                StandardStreams.writeError("archive: \(problem)")
            }
            let summary: IngestSummary
            if paths.isEmpty {
                summary = try pipeline.ingestSeeds(report: report)
            } else {
                summary = try pipeline.ingest(DraftStream(paths: paths, metadata: try metadata.table(report: report)), progress: { step in
                    progress.update(done: step.inputsDone, total: step.inputsTotal, label: "inputs, \(step.articles) articles")
                }, report: report)
            }
            progress.finish()
            let shown = verbose ? summary.duplicateOrigins[...] : summary.duplicateOrigins.prefix(Self.duplicatesShown)
            for duplicate in shown {
                StandardStreams.writeError("duplicate: \(duplicate.origin) is the same article as \(duplicate.original) (skipped)")
            }
            if shown.count < summary.duplicateOrigins.count {
                StandardStreams.writeError("… and \(summary.duplicateOrigins.count - shown.count) more duplicates (--verbose lists them all)")
            }
            if summary.nearDuplicates > 0 {
                StandardStreams.writeError("\(summary.nearDuplicates) new article\(summary.nearDuplicates == 1 ? " is a near-duplicate" : "s are near-duplicates") of stories already stored (linked, counted once)")
            }
            StandardStreams.writeError(summary.description)
            if summary.failed > 0 { throw ExitCode.failure }
        }
    }
}
