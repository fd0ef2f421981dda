import Archive
import ArgumentParser
import Foundation

struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "One person (or organization or place): names, roles, articles, quotations and company.",
        discussion: "NAME may be any form the archive has seen: \"Zelensky\" and \"Zelenskyy\" find the same person."
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The name to look up.")
    var name: [String]

    @Option(help: "Look only among entities of this kind.")
    var kind: EntityKind?

    @Option(help: "How many quotations, articles and companions to list.")
    var limit = 10

    @OptionGroup var output: FormatOptions

    func run() throws {
        try CommandFailure.run {
            let typed = name.joined(separator: " ").trimmingCharacters(in: .whitespaces)
            guard !typed.isEmpty else { throw ArchiveError.invalidQuery("give a name to look up") }
            let store = try ArchiveStore(path: database.resolvedPath, access: .read)
            switch try store.resolveEntity(typed, kind: kind) {
            case .unknown:
                throw ArchiveError.unknownEntity(typed)
            case let .ambiguous(candidates):
                EntityRenderer(format: output.format).renderCandidates(candidates, for: typed)
                throw ExitCode.failure
            case let .found(id):
                guard let profile = try store.entityProfile(id, quoteLimit: limit, articleLimit: limit, companionLimit: limit) else {
                    throw ArchiveError.storage("'\(typed)' is named in the archive but no article mentions them")
                }
                EntityRenderer(format: output.format).render(profile)
            }
        }
    }
}


