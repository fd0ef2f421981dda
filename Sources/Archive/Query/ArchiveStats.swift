/// How much the archive holds: `archive stats`.
public struct ArchiveStats: Sendable, Equatable {
    public var articles: Int
    /// Distinct stories: an article and its near-duplicates count once.
    public var stories: Int
    public var paragraphs: Int
    public var entities: Int
    public var people: Int
    public var organizations: Int
    public var places: Int
    public var mentions: Int
    public var quotes: Int
    public var sources: Int
    /// The first and last publication day; nil when no article is dated.
    public var firstPublished: String?
    public var lastPublished: String?
    public var undated: Int
    /// The main database file's size (page count × page size); the WAL file is not counted.
    public var databaseBytes: Int
}

struct ArchiveStatsQuery {
    let database: Database

    func run() throws -> ArchiveStats {
        guard let stats = try database.statement(Self.countsSQL).first([], { row in
            ArchiveStats(
                articles: row.int(0), stories: row.int(1), paragraphs: row.int(2), entities: row.int(3),
                people: row.int(4), organizations: row.int(5), places: row.int(6), mentions: row.int(7),
                quotes: row.int(8), sources: row.int(9),
                firstPublished: row.optionalText(10).map { String($0.prefix(10)) },
                lastPublished: row.optionalText(11).map { String($0.prefix(10)) },
                undated: row.int(12), databaseBytes: row.int(13))
        }) else { throw ArchiveError.storage("the archive's counts could not be read") }
        return stats
    }

    static let countsSQL = """
        SELECT (SELECT count(*) FROM article),
               (SELECT count(DISTINCT story_id) FROM article),
               (SELECT count(*) FROM paragraph),
               (SELECT count(*) FROM entity),
               (SELECT count(*) FROM entity WHERE kind = 'person'),
               (SELECT count(*) FROM entity WHERE kind = 'organization'),
               (SELECT count(*) FROM entity WHERE kind = 'place'),
               (SELECT coalesce(sum(mentions), 0) FROM mention),
               (SELECT count(*) FROM quote),
               (SELECT count(*) FROM source),
               (SELECT min(published) FROM article),
               (SELECT max(published) FROM article),
               (SELECT count(*) FROM article WHERE published IS NULL),
               (SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size())
        """
}

extension ArchiveStore {
    public func stats() throws -> ArchiveStats {
        try ArchiveStatsQuery(database: database).run()
    }
}
