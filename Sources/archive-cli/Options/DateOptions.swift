import Archive
import ArgumentParser

/// `--since`, `--until` and `--on`, shared by every query command.
struct DateOptions: ParsableArguments {
    @Option(help: ArgumentHelp("First day included: 2025-08-18, 2025-08, 2025, or 7d, 4w, 3m, 1y back from today.", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Last day included, in the same forms.", valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("One day, month or year: 2025-08-18, 2025-08, 2025.", valueName: "date"))
    var on: String?

    func validate() throws {
        if on != nil, since != nil || until != nil {
            throw ValidationError("--on cannot be combined with --since or --until")
        }
        do {
            _ = try range()
        } catch let error as ArchiveError {
            throw ValidationError(error.localizedDescription.replacingOccurrences(of: "invalid query: ", with: ""))
        }
    }

    func range() throws -> DateRange {
        try DateRange.parse(since: since, until: until, on: on)
    }
}
