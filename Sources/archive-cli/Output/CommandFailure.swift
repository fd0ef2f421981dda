import Archive
import ArgumentParser
import Foundation

/// Turns library errors into the CLI's contract: one line on standard error,
/// `archive: <what happened>`, and exit 2 for a bad request, 1 for a failure at run time.
enum CommandFailure {
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let exit as ExitCode {
            throw exit
        } catch let error as ArchiveError {
            StandardStreams.writeError("archive: \(error.localizedDescription)")
            throw ExitCode(isUsage(error) ? 2 : 1)
        } catch {
            StandardStreams.writeError("archive: \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }

    private static func isUsage(_ error: ArchiveError) -> Bool {
        switch error {
        case .emptyQuery, .invalidQuery: return true
        default: return false
        }
    }
}
