import Foundation

/// What went wrong, in the words a person needs to act on it.
public enum ArchiveError: Error, LocalizedError, Equatable {
    case noArchive(path: String)
    case notAnArchive(path: String, reason: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case sqliteTooOld(found: String, needed: String)
    case noFullTextSearch(version: String)
    case emptyQuery
    case invalidQuery(String)
    case unknownEntity(String)
    case ambiguousEntity(String, candidates: [String])
    case storage(String)

    public var errorDescription: String? {
        switch self {
        case let .noArchive(path):
            return "no archive at \(path): run `archive ingest` first, or name one with --db"
        case let .notAnArchive(path, reason):
            return "\(path) is not an archive (\(reason)); it was left untouched"
        case let .newerSchema(path, found, supported):
            return "\(path) was made by a newer version of archive (schema \(found); this one reads up to \(supported)); it was left untouched"
        case let .sqliteTooOld(found, needed):
            return "the linked SQLite is \(found), but archive needs \(needed) or later"
        case let .noFullTextSearch(version):
            return "the linked SQLite (\(version)) was built without FTS5 full-text search, which archive needs"
        case .emptyQuery:
            return "the query is empty: give some words to search for"
        case let .invalidQuery(message):
            return "invalid query: \(message)"
        case let .unknownEntity(name):
            return "no one called '\(name)' in the archive; `archive people` lists who is there"
        case let .ambiguousEntity(name, candidates):
            return "'\(name)' could be \(candidates.prefix(5).joined(separator: ", ")); give the full name"
        case let .storage(message):
            return message
        }
    }
}
