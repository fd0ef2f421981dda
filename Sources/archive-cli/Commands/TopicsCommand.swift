import Archive
import ArgumentParser

struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics",
        abstract: "What a period was about: its most over-represented words and phrases.",
        discussion: """
            With --since, --until or --on, words and two- and three-word phrases are ranked by \
            log-likelihood (G²) keyness: how much more the period's paragraphs use them than the \
            rest of the archive's. With no period, the archive's own subjects: phrases many \
            stories use that are nonetheless rare among its paragraphs. Stop words, the words of \
            reporting ("said", "told") and paragraphs repeated across stories are left out.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var dates: DateOptions

    @Option(help: ArgumentHelp("Only articles from this source (publisher).", valueName: "name"))
    var source: String?

    @Option(help: "How many topics to show.")
    var limit = 20

    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit takes a number of zero or more") }
    }

    func run() throws {
        try CommandFailure.run {
            let request = TopicsRequest(dates: try dates.range(), source: source, limit: limit)
            let topics = try ArchiveStore(path: database.resolvedPath, access: .read).topics(request)
            TopicsRenderer(format: output.format).render(topics)
        }
    }
}
