import Archive
import ArgumentParser

struct RelatedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "related",
        abstract: "The articles most like one article.",
        discussion: """
            The article's most distinctive words (tf-idf over the archive) are searched for \
            together, and articles ranked by how well they match. The article itself and its \
            near-duplicate copies are left out.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("An article id, url or origin.", valueName: "article"))
    var article: String

    @OptionGroup var dates: DateOptions

    @Option(help: ArgumentHelp("Only articles from this source (publisher).", valueName: "name"))
    var source: String?

    @Option(help: "How many articles to show.")
    var limit = 10

    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit takes a number of zero or more") }
    }

    func run() throws {
        try CommandFailure.run {
            let store = try ArchiveStore(path: database.resolvedPath, access: .read)
            let detail = try ShowCommand.find(article, in: store)
            let request = RelatedRequest(articleID: detail.summary.id, dates: try dates.range(), source: source, limit: limit)
            guard let related = try store.related(request) else {
                throw ArchiveError.storage("article #\(detail.summary.id) vanished while it was read")
            }
            ArticleRenderer(format: output.format).render(related)
        }
    }
}
