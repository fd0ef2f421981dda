import Foundation

/// Copies a writing store's write-ahead log into the database file on a connection and a
/// thread of its own, while the writer goes on.
///
/// SQLite checkpoints on the connection that commits: the commit that fills the log copies
/// every page in it into the file and waits for the file to reach the disk. In an ingest that
/// connection is the critical path — at 16× the benchmark corpus the checkpoints' 103 `fsync`
/// calls held the writer 8.3 s (strace), and `synchronous = OFF`, which skips that wait
/// (and is not safe), made the ingest 8.3 s shorter. Here the commit only starts the copy; the
/// writer returns to extracting the next batch, and waits for the copy, if it still runs,
/// before its next write (`waitUntilDone()`): then the log has been copied whole and SQLite
/// starts it again from the beginning, so it stays as short as before (every page read
/// searches the log's index: a longer log makes every read slower). The 16×
/// corpus, alternating pairs: 170.9 and 174.2 s against 197.9 and 180.5 s, with the same page
/// reads and writes. A 1× ingest ends before the log fills; a 4× one fills it a few times.
///
/// A passive checkpoint takes no lock a writer or reader needs; if one fails (a reader holds
/// an old snapshot, the disk is full), the log is copied by the next one or when the last
/// connection closes. Nothing written depends on it.
final class BackgroundCheckpoint: @unchecked Sendable {
    /// Used only on `queue`, and closed by `close()`.
    private var database: Database?
    private let queue = DispatchQueue(label: "archive.checkpoint", qos: .userInitiated)
    /// Holds the copy under way, if any.
    private let running = DispatchGroup()

    init(path: String) throws {
        let database = try Database(path: path, mode: .readWrite)
        // A connection learns that the file has a log when it first reads it; until then a
        // checkpoint does nothing and reports no log at all.
        _ = try database.integer("PRAGMA schema_version")
        self.database = database
    }

    /// Starts copying the log into the file, unless a copy is already under way.
    func start() {
        guard running.wait(timeout: .now()) == .success else { return }
        running.enter()
        queue.async { [self] in
            _ = try? database?.checkpointPassively()
            running.leave()
        }
    }

    /// Returns when no copy is under way.
    func waitUntilDone() {
        running.wait()
    }

    /// Waits for the copy under way, then closes the connection: the writer's connection,
    /// closed last, then finds no other and removes the log.
    func close() {
        waitUntilDone()
        queue.sync { database = nil }
    }
}
