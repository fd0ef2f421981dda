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
        // getenv, not ProcessInfo's environment dictionary: one variable is read at startup.
        if let value = getenv("ARCHIVE_DB"), value.pointee != 0 { return String(cString: value) }
        return "archive.sqlite"
    }
}
