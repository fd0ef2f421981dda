import Archive
import ArgumentParser

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read inputs as ingest would and print what was found, storing nothing.",
        discussion: "With --format jsonl, one JSON object per article in input order; the field names are stable."
    )

    @Argument(help: ArgumentHelp("Files or folders to read, or - for standard input.", valueName: "path"))
    var paths: [String]

    @OptionGroup var metadata: MetadataOptions

    @Option(help: "Output format: jsonl (one record per line) or json (one array).")
    var format: ExtractFormat = .jsonl

    enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
        case jsonl, json
    }

    func run() throws {
        let out = OutputBuffer()
        var records: [JSONValue] = []
        let report: (InputProblem) -> Void = { StandardStreams.writeError("archive: \($0)") }
        let inputs = DraftStream(paths: paths, metadata: try metadata.table(report: report))
        let summary = try ExtractionRun().run(inputs, report: report) { extracted in
            let record = ArticleRecord.json(extracted)
            switch format {
            case .jsonl: out.line(record.serialized)
            case .json: records.append(record)
            }
        }
        if format == .json { out.line(JSONValue.array(records).prettyPrinted) }
        out.flush()
        if summary.failed > 0 { throw ExitCode.failure }
    }
}
