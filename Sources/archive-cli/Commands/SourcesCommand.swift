import Archive
import ArgumentParser

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "The publishers in the archive: articles from each, first and last date."
    )

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var dates: DateOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        try CommandFailure.run {
            let range = try dates.range()
            let store = try ArchiveStore(path: database.resolvedPath, access: .read)
            SourcesRenderer(format: output.format).render(try store.sources(dates: range))
            let undated = range.isUnbounded ? 0 : try store.stats().undated
            if undated > 0 {
                StandardStreams.writeError("\(undated) undated article\(undated == 1 ? "" : "s") left out by the date filter")
            }
        }
    }
}
