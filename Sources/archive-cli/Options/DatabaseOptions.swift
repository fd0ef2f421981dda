import ArgumentParser
import Foundation

/// `--db PATH`, shared by every command that opens the archive.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(
        "The archive file (default: $ARCHIVE_DB, else archive.sqlite in the current folder).",
        valueName: "path"))
    var path: String?

    var resolvedPath: String {
        if let path { return path }
        if let environment = ProcessInfo.processInfo.environment["ARCHIVE_DB"], !environment.isEmpty { return environment }
        return "archive.sqlite"
    }
}
