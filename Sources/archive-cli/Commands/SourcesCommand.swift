import Archive
import ArgumentParser

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "The publishers in the archive: articles from each, first and last date."
    )

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        try CommandFailure.run {
            SourcesRenderer(format: output.format).render(try ArchiveStore(path: database.resolvedPath, access: .read).sources())
        }
    }
}
