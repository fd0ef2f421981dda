import Archive
import ArgumentParser

struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "People, organizations or places, ranked by the number of articles that mention them.",
        discussion: "Near-duplicate copies of one story count once."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Which kind of entity to rank.")
    var kind: EntityKind = .person

    @OptionGroup var dates: DateOptions

    @Option(help: "How many to show.")
    var limit = 20

    @OptionGroup var output: FormatOptions

    func run() throws {
        try CommandFailure.run {
            let store = try ArchiveStore(path: database.resolvedPath, access: .read)
            let ranking = try store.entityRanking(kind: kind, dates: try dates.range(), limit: limit)
            EntityRenderer(format: output.format).render(ranking.entities)
            if ranking.undatedExcluded > 0 {
                StandardStreams.writeError("\(ranking.undatedExcluded) undated articles left out by the date filter")
            }
        }
    }
}
