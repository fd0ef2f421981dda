import Archive
import ArgumentParser

struct WhoSaidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who-said",
        abstract: "Who said something about a subject: matching quotations grouped by speaker.",
        discussion: "TERM uses the same forgiving query language as search, matched against the quotations' words."
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(parsing: .allUnrecognized, help: "What the quotations are about.")
    var term: [String]

    @OptionGroup var dates: DateOptions

    @Option(help: ArgumentHelp("Only articles from this source.", valueName: "name"))
    var source: String?

    @Option(help: ArgumentHelp("Only this speaker (any of their names).", valueName: "name"))
    var speaker: String?

    @Option(help: "How many speakers to show.")
    var limit = 20

    @Option(help: "How many quotations to show per speaker.")
    var quotes = 5

    @Flag(help: "Pass TERM to SQLite FTS5 as written.")
    var raw = false

    @OptionGroup var output: FormatOptions

    func run() throws {
        try CommandFailure.run {
            let text = term.joined(separator: " ")
            let request = WhoSaidRequest(
                text: raw ? .raw(text) : .query(try SearchQuery.parse(text)), dates: try dates.range(),
                source: source, speaker: speaker, limit: limit, quotesPerSpeaker: quotes)
            let results = try ArchiveStore(path: database.resolvedPath, access: .read).whoSaid(request)
            QuoteRenderer(format: output.format).render(results)
        }
    }
}
