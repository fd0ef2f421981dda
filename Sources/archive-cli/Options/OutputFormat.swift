import ArgumentParser

/// How a command prints its results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case jsonl
    case csv
}

struct FormatOptions: ParsableArguments {
    @Option(help: "Output format.")
    var format: OutputFormat = .table
}
