import Foundation
@testable import Archive

/// The package's root folder, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A fresh folder under the system's temporary folder, removed when the test lets go of it.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("archive-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }
}

/// A new archive in memory, with the schema.
func makeStore() throws -> ArchiveStore {
    try ArchiveStore(path: ":memory:", access: .write)
}

/// Stores drafts as ingest would: normalised, extracted, in one transaction.
@discardableResult
func store(_ drafts: [ArticleDraft], in archive: ArchiveStore) throws -> [StoreOutcome] {
    let writer = ArticleWriter(store: archive)
    let extractor = ArticleExtractor()
    return try archive.writeBatch { try drafts.map { try writer.store(extractor.extract($0.normalized())) } }
}

extension ArchiveStore {
    func count(_ table: String) throws -> Int {
        try database.integer("SELECT count(*) FROM \(table)") ?? 0
    }
}
