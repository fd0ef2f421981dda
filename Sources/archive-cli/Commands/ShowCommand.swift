import Archive
import ArgumentParser

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "One article: its facts, numbered paragraphs, entities and quotations.",
        discussion: """
            ARTICLE is an id (as search prints it, #12), a url, or the origin it was ingested \
            from. --format json prints the record `archive extract` writes, followed by the \
            archive's ids.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("An article id, url or origin.", valueName: "article"))
    var article: String

    @OptionGroup var output: FormatOptions

    func run() throws {
        try CommandFailure.run {
            let store = try ArchiveStore(path: database.resolvedPath, access: .read)
            ArticleRenderer(format: output.format).render(try Self.find(article, in: store))
        }
    }

    /// The article an id (`12` or `#12`), url or origin names.
    static func find(_ text: String, in store: ArchiveStore) throws -> ArticleDetail {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let found: ArticleDetail?
        if let id = Int(trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed) {
            found = try store.article(id: id)
        } else {
            found = try store.article(url: trimmed)
        }
        guard let found else {
            throw ArchiveError.invalidQuery("no article '\(text)' in the archive; `archive search` prints each article's #id")
        }
        return found
    }
}
