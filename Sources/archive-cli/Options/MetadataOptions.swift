import Archive
import ArgumentParser

/// `--metadata FILE`: a TSV or CSV table of titles, dates, sources and authors for a folder of
/// text files, joined to them by file name.
struct MetadataOptions: ParsableArguments {
    @Option(name: .customLong("metadata"), help: ArgumentHelp(
        "A TSV/CSV table (columns such as filename, title, source or publisher, date, author, url) whose rows give the metadata of the files with those names.",
        valueName: "file"))
    var path: String?

    func table(report: (InputProblem) -> Void) throws -> MetadataTable? {
        guard let path else { return nil }
        do {
            return try MetadataTable(contentsOf: path, report: report)
        } catch {
            StandardStreams.writeError("archive: \(error)")
            throw ExitCode.failure
        }
    }
}
