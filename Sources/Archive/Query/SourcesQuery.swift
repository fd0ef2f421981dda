/// One publisher and how much of the archive is theirs: `archive sources`.
public struct SourceSummary: Sendable, Equatable {
    /// nil for the articles whose input named no source.
    public var name: String?
    public var articles: Int
    /// Distinct stories: near-duplicates count once.
    public var stories: Int
    public var firstPublished: String?
    public var lastPublished: String?
    public var undated: Int
}

struct SourcesQuery {
    let database: Database

    func run(dates: DateRange) throws -> [SourceSummary] {
        try database.statement(Self.sourcesSQL).rows([SQLValue(dates.sqlLowerBound), SQLValue(dates.sqlUpperBound)]) { row in
            SourceSummary(
                name: row.optionalText(0), articles: row.int(1), stories: row.int(2),
                firstPublished: row.optionalText(3).map { String($0.prefix(10)) },
                lastPublished: row.optionalText(4).map { String($0.prefix(10)) },
                undated: row.int(5))
        }
    }

    /// Most articles first; the articles with no source last. With a date range, undated
    /// articles are left out (and so counted 0).
    static let sourcesSQL = """
        SELECT s.name, count(*), count(DISTINCT a.story_id), min(a.published), max(a.published),
               count(*) - count(a.published)
        FROM article AS a LEFT JOIN source AS s ON s.id = a.source_id
        WHERE (?1 IS NULL AND ?2 IS NULL) OR ((?1 IS NULL OR a.published >= ?1) AND (?2 IS NULL OR a.published < ?2))
        GROUP BY a.source_id
        ORDER BY s.name IS NULL, count(*) DESC, s.name COLLATE NOCASE, a.source_id
        """
}

extension ArchiveStore {
    /// Articles per source, in `dates` when given.
    public func sources(dates: DateRange = DateRange()) throws -> [SourceSummary] {
        try SourcesQuery(database: database).run(dates: dates)
    }
}
