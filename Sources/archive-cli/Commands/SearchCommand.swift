import Archive
import Foundation
import ArgumentParser

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Ranked full-text search, with the matching paragraphs highlighted.",
        discussion: """
            Type words as you would anywhere: all of them must appear in a paragraph or the title. \
            "exact phrase" keeps words together, word* matches a prefix, -word leaves articles \
            out, and OR between two terms takes either. Use --raw for FTS5 query syntax.
            """
    )

    @OptionGroup var database: DatabaseOptions

    // Unrecognised flags are query words, so that `archive search -nato ukraine` excludes "nato".
    @Argument(parsing: .allUnrecognized, help: "What to search for.")
    var query: [String]

    @OptionGroup var dates: DateOptions

    @Option(help: ArgumentHelp("Only articles from this source (publisher).", valueName: "name"))
    var source: String?

    @Option(help: ArgumentHelp("Only articles that mention this person or entity.", valueName: "name"))
    var person: String?

    @Option(help: "How many articles to show.")
    var limit = 20

    @Option(help: "How many articles to skip (for paging).")
    var offset = 0

    @Option(help: "Matching paragraphs shown for each article.")
    var matches = 5

    @Option(help: "Order of results.")
    var sort: SortOrder = .relevance

    @Flag(help: "Pass the query to SQLite FTS5 as written (FTS5 query syntax).")
    var raw = false

    @OptionGroup var output: FormatOptions

    enum SortOrder: String, ExpressibleByArgument, CaseIterable {
        case relevance, newest, oldest
    }

    func validate() throws {
        guard limit >= 0, offset >= 0, matches >= 0 else {
            throw ValidationError("--limit, --offset and --matches take numbers of zero or more")
        }
    }

    func run() throws {
        try CommandFailure.run {
            let text = query.joined(separator: " ")
            let request = SearchRequest(
                text: raw ? .raw(try Self.nonEmpty(text)) : .query(try SearchQuery.parse(text)),
                dates: try dates.range(), source: source, person: person,
                sort: SearchRequest.Sort(rawValue: sort.rawValue) ?? .relevance,
                limit: limit, offset: offset, matchesPerArticle: matches
            )
            let store = try ArchiveStore(path: database.resolvedPath, access: .read)
            let results = try store.search(request)
            SearchRenderer(format: output.format).render(results, offset: offset)
        }
    }

    private static func nonEmpty(_ text: String) throws -> String {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw ArchiveError.emptyQuery }
        return text
    }
}
