/// Which articles `archive export` writes.
public struct ExportRequest: Sendable {
    public var dates: DateRange
    public var source: String?

    public init(dates: DateRange = DateRange(), source: String? = nil) {
        self.dates = dates
        self.source = source
    }
}

public struct ExportSummary: Sendable, Equatable {
    public var exported: Int
    /// Articles left out because a date filter was given and they have no date.
    public var undatedExcluded: Int
}

/// Streams stored articles in id order, a page of ids at a time, so that an export of any
/// size holds one article in memory rather than the archive.
struct ExportQuery {
    let database: Database

    static let pageSize = 500

    func run(_ request: ExportRequest, each: (ArticleDetail) throws -> Void) throws -> ExportSummary {
        let details = ArticleDetailQuery(database: database)
        var exported = 0
        var after = 0
        while true {
            let ids = try database.statement(Self.pageSQL).rows([
                .integer(Int64(after)), SQLValue(request.dates.sqlLowerBound), SQLValue(request.dates.sqlUpperBound),
                SQLValue(request.source), .integer(Int64(Self.pageSize)),
            ]) { $0.int(0) }
            for id in ids {
                // An article deleted since its page was read is simply not exported.
                guard let detail = try details.article(id: id) else { continue }
                try each(detail)
                exported += 1
            }
            guard ids.count == Self.pageSize, let last = ids.last else { break }
            after = last
        }
        var undated = 0
        if !request.dates.isUnbounded {
            undated = try database.integer(Self.undatedSQL, SQLValue(request.source)) ?? 0
        }
        return ExportSummary(exported: exported, undatedExcluded: undated)
    }

    static let pageSQL = """
        SELECT a.id FROM article AS a LEFT JOIN source AS s ON s.id = a.source_id
        WHERE a.id > ?1
          AND (?2 IS NULL OR a.published >= ?2) AND (?3 IS NULL OR a.published < ?3)
          AND (?4 IS NULL OR s.name = ?4)
        ORDER BY a.id
        LIMIT ?5
        """

    static let undatedSQL = """
        SELECT count(*) FROM article AS a LEFT JOIN source AS s ON s.id = a.source_id
        WHERE a.published IS NULL AND (?1 IS NULL OR s.name = ?1)
        """
}

extension ArchiveStore {
    /// Calls `each` with every article the request selects, in id order; see `ExportQuery`.
    public func exportArticles(_ request: ExportRequest, each: (ArticleDetail) throws -> Void) throws -> ExportSummary {
        try ExportQuery(database: database).run(request, each: each)
    }
}
