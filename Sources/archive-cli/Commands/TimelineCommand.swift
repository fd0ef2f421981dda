import Archive
import ArgumentParser

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "How coverage of a subject rose and fell: matching stories per day, week, month or year.",
        discussion: """
            QUERY uses the search query language. Each period shows the matching stories, all \
            stories, and the share; near-duplicate copies of a story count once, and periods with \
            nothing are shown. Bars use Unicode blocks on a terminal and ASCII otherwise; \
            --format csv or json gives the numbers for plotting elsewhere.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "What to count (optional with --person).")
    var query: [String] = []

    @Option(help: "Length of each period.")
    var by: TimelineGranularity = .month

    @Option(help: ArgumentHelp("Only articles that mention this person or entity.", valueName: "name"))
    var person: String?

    @Option(help: ArgumentHelp("Only articles from this source (publisher).", valueName: "name"))
    var source: String?

    @OptionGroup var dates: DateOptions

    @Option(help: "What the bars show: the matching share of each period, or the count.")
    var plot: TimelineRenderer.Plot = .share

    @Flag(help: "Draw the bars in plain ASCII.")
    var ascii = false

    @Flag(help: "Pass QUERY to SQLite FTS5 as written.")
    var raw = false

    @OptionGroup var output: FormatOptions

    func validate() throws {
        if query.allSatisfy({ $0.allSatisfy(\.isWhitespace) }), person == nil {
            throw ValidationError("give something to count: a query, --person NAME, or both")
        }
    }

    func run() throws {
        try CommandFailure.run {
            let text = query.joined(separator: " ")
            let words: SearchRequest.Text?
            if text.allSatisfy(\.isWhitespace) {
                words = nil
            } else {
                words = raw ? .raw(text) : .query(try SearchQuery.parse(text))
            }
            let request = TimelineRequest(query: words, person: person, source: source, dates: try dates.range(), granularity: by)
            let timeline = try ArchiveStore(path: database.resolvedPath, access: .read).timeline(request)
            var renderer = TimelineRenderer(format: output.format, plot: plot)
            if ascii { renderer.ascii = true }
            renderer.render(timeline)
        }
    }
}

extension TimelineGranularity: ExpressibleByArgument {}
extension TimelineRenderer.Plot: ExpressibleByArgument {}
