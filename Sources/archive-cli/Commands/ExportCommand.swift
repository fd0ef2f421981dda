import Archive
import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write stored articles out, with their paragraphs, entities and quotations.",
        discussion: """
            JSON Lines (the default) writes one record per article in the shape `archive extract` \
            prints, followed by the archive's ids; `archive ingest` reads it back into another \
            archive. CSV writes one row per article, its paragraphs separated by blank lines. \
            Articles are written in id order as they are read, so an export of any size runs in \
            little memory.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var dates: DateOptions

    @Option(help: ArgumentHelp("Only articles from this source (publisher).", valueName: "name"))
    var source: String?

    @Option(help: "Output format: jsonl (one record per line) or csv.")
    var format: ExportFormat = .jsonl

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
        case jsonl, csv
    }

    static let csvHeader = ["id", "story_id", "origin", "title", "authors", "published", "source", "url", "language", "text"]

    func run() throws {
        try CommandFailure.run {
            let store = try ArchiveStore(path: database.resolvedPath, access: .read)
            let out = OutputBuffer()
            if format == .csv { out.line(CSVWriter(header: Self.csvHeader).text, terminated: false) }
            let summary = try store.exportArticles(ExportRequest(dates: try dates.range(), source: source)) { article in
                switch format {
                case .jsonl:
                    out.line(article.record.serialized)
                case .csv:
                    // One row at a time, so that nothing accumulates (CSVWriter keeps its text).
                    out.line(Self.csvFields(article).map(CSVWriter.escape).joined(separator: ",") + "\r\n", terminated: false)
                }
            }
            out.flush()
            var footer = "exported \(summary.exported) article\(summary.exported == 1 ? "" : "s")"
            if summary.undatedExcluded > 0 {
                footer += "; \(summary.undatedExcluded) undated article\(summary.undatedExcluded == 1 ? "" : "s") left out by the date filter"
            }
            StandardStreams.writeError(footer)
        }
    }

    static func csvFields(_ article: ArticleDetail) -> [String] {
        let s = article.summary
        return [String(s.id), String(article.storyID), s.origin ?? "", s.title, article.authors.joined(separator: "; "),
                s.published ?? "", s.source ?? "", s.url ?? "", article.language ?? "", article.paragraphs.joined(separator: "\n\n")]
    }
}
