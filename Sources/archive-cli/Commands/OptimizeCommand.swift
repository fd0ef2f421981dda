import Archive
import ArgumentParser

struct OptimizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optimize",
        abstract: "Merge the full-text indexes' segments and refresh SQLite's query statistics.",
        discussion: "Worth running after a large ingest: searches read one segment instead of many."
    )

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try CommandFailure.run {
            let store = try ArchiveStore(path: database.resolvedPath, access: .read)
            try store.optimize()
            StandardStreams.writeError("optimized \(store.path)")
        }
    }
}
