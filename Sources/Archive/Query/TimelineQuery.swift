/// Counts matching stories and all stories per period, filling the periods between with zeros.
///
/// SQLite groups articles by day and story; the days go into periods here, where the calendar
/// arithmetic is, so that a story counts once in each period it was published in.
struct TimelineQuery {
    let database: Database

    /// More periods than this is a mistake (`--by day` over decades), not a chart.
    static let maximumPeriods = 20_000

    func run(_ request: TimelineRequest) throws -> Timeline {
        let entity = try request.person.map { try resolvedEntity($0) }
        let filters: [SQLValue] = [
            SQLValue(request.dates.sqlLowerBound), SQLValue(request.dates.sqlUpperBound),
            SQLValue(request.source), SQLValue(entity),
        ]
        let match: String?
        switch request.query {
        case let .query(query)?: match = query.ftsExpression
        case let .raw(text)?: match = text
        case nil: match = nil
        }
        var days: [(day: String, story: Int, matching: Bool)] = []
        var undated = 0
        do {
            let read: (Row) -> (String, Int, Bool) = { ($0.text(0), $0.int(1), $0.int(2) != 0) }
            if let match {
                days = try database.statement(Self.matchingSQL).rows([.text(match)] + filters, read)
                undated = try database.integer(Self.undatedMatchingSQL, .text(match), SQLValue(request.source), SQLValue(entity)) ?? 0
            } else {
                days = try database.statement(Self.mentioningSQL).rows([.null] + filters, read)
                undated = try database.integer(Self.undatedMentioningSQL, SQLValue(request.source), SQLValue(entity)) ?? 0
            }
        } catch let error as SQLiteError {
            guard case .raw? = request.query else { throw error }
            throw ArchiveError.invalidQuery(error.message.replacingOccurrences(of: "fts5: ", with: ""))
        }
        let periods = try Self.periods(from: days, request: request)
        return Timeline(granularity: request.granularity, periods: periods, undatedMatching: undated)
    }

    /// The entity `name` names; an unknown or ambiguous name is a bad request.
    private func resolvedEntity(_ name: String) throws -> Int {
        switch try EntityQueries(database: database).resolve(name, kind: nil) {
        case let .found(id):
            return id
        case .unknown:
            throw ArchiveError.invalidQuery("no one called '\(name)' in the archive; `archive people` lists who is there")
        case let .ambiguous(candidates):
            let names = candidates.map { "\($0.name) (\($0.kind.rawValue))" }.joined(separator: ", ")
            throw ArchiveError.invalidQuery("'\(name)' could be any of: \(names); give the full name")
        }
    }

    static func periods(from days: [(day: String, story: Int, matching: Bool)], request: TimelineRequest) throws -> [TimelinePeriod] {
        let granularity = request.granularity
        var all: [PublishedDate: Set<Int>] = [:]
        var matching: [PublishedDate: Set<Int>] = [:]
        for (day, story, matches) in days {
            guard let date = PublishedDate(iso8601: day) else { continue }
            let start = granularity.start(of: date)
            all[start, default: []].insert(story)
            if matches { matching[start, default: []].insert(story) }
        }
        // The periods the dates asked for, else those the articles span.
        guard let first = request.dates.since.map(granularity.start) ?? all.keys.min(),
              let last = request.dates.until.map(granularity.start) ?? all.keys.max(),
              first <= last
        else { return [] }
        var periods: [TimelinePeriod] = []
        var start = first
        while start <= last {
            guard periods.count < maximumPeriods else {
                throw ArchiveError.invalidQuery("that is more than \(maximumPeriods) periods; count by a longer period with --by, or narrow the dates")
            }
            let next = granularity.next(after: start)
            periods.append(TimelinePeriod(
                start: start, end: next.shifted(by: -1, unit: "d"), label: granularity.label(of: start),
                matching: matching[start]?.count ?? 0, articles: all[start]?.count ?? 0))
            start = next
        }
        return periods
    }

    // MARK: - SQL

    private static let dated = """
        FROM article AS a LEFT JOIN source AS s ON s.id = a.source_id
        WHERE a.published IS NOT NULL
          AND (?2 IS NULL OR a.published >= ?2) AND (?3 IS NULL OR a.published < ?3)
          AND (?4 IS NULL OR s.name = ?4)
        GROUP BY substr(a.published, 1, 10), a.story_id
        """

    private static let matched = """
        matched AS (
            SELECT \(ParagraphID.SQLFragments.article("f.rowid")) AS aid FROM paragraph_fts AS f
            WHERE paragraph_fts MATCH ?1
            UNION
            SELECT rowid FROM article_fts WHERE article_fts MATCH ?1)
        """

    private static func mentions(_ parameter: String) -> String {
        "(\(parameter) IS NULL OR EXISTS (SELECT 1 FROM mention WHERE article_id = a.id AND entity_id = \(parameter)))"
    }

    /// One row per day and story: whether any of the story's articles that day matched.
    static let matchingSQL = """
        WITH \(matched)
        SELECT substr(a.published, 1, 10), a.story_id,
               max(a.id IN (SELECT aid FROM matched) AND \(mentions("?5")))
        \(dated)
        """

    /// The same with no words to match: articles that mention the entity match. ?1 is bound
    /// (to NULL) but unused, so that both statements take the same values.
    static let mentioningSQL = """
        SELECT substr(a.published, 1, 10), a.story_id, max(\(mentions("?5")))
        \(dated)
        """

    static let undatedMatchingSQL = """
        WITH \(matched)
        SELECT count(*) FROM article AS a LEFT JOIN source AS s ON s.id = a.source_id
        WHERE a.published IS NULL AND a.id IN (SELECT aid FROM matched)
          AND (?2 IS NULL OR s.name = ?2) AND \(mentions("?3"))
        """

    static let undatedMentioningSQL = """
        SELECT count(*) FROM article AS a LEFT JOIN source AS s ON s.id = a.source_id
        WHERE a.published IS NULL AND (?1 IS NULL OR s.name = ?1) AND \(mentions("?2"))
        """
}

extension ArchiveStore {
    /// Matching stories per period; see `TimelineQuery`.
    public func timeline(_ request: TimelineRequest) throws -> Timeline {
        try TimelineQuery(database: database).run(request)
    }
}
