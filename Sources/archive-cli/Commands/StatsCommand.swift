import Archive
import ArgumentParser

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "What the archive holds: articles, stories, paragraphs, entities, quotations, dates and size."
    )

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        try CommandFailure.run {
            StatsRenderer(format: output.format).render(try ArchiveStore(path: database.resolvedPath, access: .read).stats())
        }
    }
}
