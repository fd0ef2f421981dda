/// Entities: resolving a typed name, ranking by coverage, and one entity's profile.
struct EntityQueries {
    let database: Database

    /// Resolves `name` through every alias the archive has seen, then through the folded
    /// match key (so "Zelenskyy" finds "Zelensky"), then as a last name. Several entities of
    /// different people are ambiguous, unless one holds the exact name.
    func resolve(_ name: String, kind: EntityKind?) throws -> EntityResolution {
        let kindValue = SQLValue(kind?.rawValue)
        var ids = try database.statement(Self.byAliasSQL).rows([.text(name), kindValue]) { $0.int(0) }
        if ids.isEmpty {
            let key = EntityKey(kind: kind ?? .person, name: name).matchKey
            ids = try database.statement(Self.byKeySQL).rows([.text(key), kindValue]) { $0.int(0) }
        }
        if ids.isEmpty {
            ids = try database.statement(Self.byLastNameSQL).rows([.text(name), kindValue]) { $0.int(0) }
        }
        switch ids.count {
        case 0: return .unknown
        case 1: return .found(ids[0])
        default:
            let candidates = try ids.compactMap { try summary(of: $0) }.sorted { ($0.articles, $1.name) > ($1.articles, $0.name) }
            return .ambiguous(candidates)
        }
    }

    /// The one entity `name` names, or an error that says there is none or lists the candidates.
    func requireOne(_ name: String, kind: EntityKind? = nil) throws -> Int {
        switch try resolve(name, kind: kind) {
        case let .found(id): return id
        case .unknown: throw ArchiveError.unknownEntity(name)
        case let .ambiguous(candidates): throw ArchiveError.ambiguousEntity(name, candidates: candidates.map(\.name))
        }
    }

    func ranking(kind: EntityKind?, dates: DateRange, limit: Int) throws -> [EntitySummary] {
        try database.statement(Self.rankingSQL).rows([
            SQLValue(kind?.rawValue), SQLValue(dates.sqlLowerBound), SQLValue(dates.sqlUpperBound), .integer(Int64(limit)),
        ], Self.summary)
    }

    func undatedMentioning(kind: EntityKind?) throws -> Int {
        try database.integer(Self.undatedSQL, SQLValue(kind?.rawValue)) ?? 0
    }

    func summary(of id: Int) throws -> EntitySummary? {
        try database.statement(Self.summarySQL).first([.integer(Int64(id))], Self.summary)
    }

    func profile(of id: Int, quoteLimit: Int, articleLimit: Int, companionLimit: Int) throws -> EntityProfile? {
        guard let entity = try summary(of: id) else { return nil }
        let value = SQLValue.integer(Int64(id))
        return EntityProfile(
            entity: entity,
            aliases: try database.statement(Self.aliasesSQL).rows([value]) { $0.text(0) },
            roles: try roles(of: value),
            quotes: try database.statement(Self.quotesSQL).rows([value, .integer(Int64(quoteLimit))], QuoteReading.quote),
            quoteCount: try database.integer(Self.quoteCountSQL, value) ?? 0,
            articles: try database.statement(Self.articlesSQL).rows([value, .integer(Int64(articleLimit))]) { row in
                ArticleSummary(id: row.int(0), title: row.text(1), source: row.optionalText(2), published: row.optionalText(3),
                               url: row.optionalText(4), origin: row.optionalText(5))
            },
            companions: try database.statement(Self.companionsSQL).rows([value, .integer(Int64(companionLimit))], Self.summary)
        )
    }

    /// The roles the entity's mentions give it, most frequent first. They are packed with each
    /// mention's place (`MentionPlaces`), so they are counted here rather than in SQL.
    private func roles(of entity: SQLValue) throws -> [EntityProfile.Role] {
        var counts: [String: Int] = [:]
        for bytes in try database.statement(Self.placesSQL).rows([entity], { $0.blob(0) }) {
            for case let role? in MentionPlaces.unpack(bytes)?.map(\.role) ?? [] { counts[role, default: 0] += 1 }
        }
        // Ties in the order SQLite's BINARY collation gives: by UTF-8 bytes.
        return counts.map { EntityProfile.Role(role: $0.key, count: $0.value) }.sorted { lhs, rhs in
            lhs.count != rhs.count ? lhs.count > rhs.count : Array(lhs.role.utf8).lexicographicallyPrecedes(rhs.role.utf8)
        }
    }

    private static func summary(_ row: Row) -> EntitySummary {
        EntitySummary(id: row.int(0), name: row.text(1), kind: EntityKind(rawValue: row.text(2)) ?? .person,
                      articles: row.int(3), mentions: row.int(4), firstSeen: row.optionalText(5), lastSeen: row.optionalText(6))
    }

    // MARK: - SQL

    private static let summaryColumns = """
        e.id, e.name, e.kind, count(DISTINCT a.story_id), sum(m.mentions), min(a.published), max(a.published)
        """

    static let byAliasSQL = """
        SELECT DISTINCT e.id FROM entity_alias AS ea JOIN entity AS e ON e.id = ea.entity_id
        WHERE ea.alias = ?1 AND (?2 IS NULL OR e.kind = ?2) ORDER BY e.id
        """
    static let byKeySQL = "SELECT id FROM entity WHERE match_key = ?1 AND (?2 IS NULL OR kind = ?2) ORDER BY id"
    static let byLastNameSQL = """
        SELECT DISTINCT e.id FROM entity_alias AS ea JOIN entity AS e ON e.id = ea.entity_id
        WHERE lower(substr(ea.alias, -length(?1) - 1)) = lower(' ' || ?1) AND (?2 IS NULL OR e.kind = ?2)
        ORDER BY e.id
        """

    static let summarySQL = """
        SELECT \(summaryColumns)
        FROM entity AS e JOIN mention AS m ON m.entity_id = e.id JOIN article AS a ON a.id = m.article_id
        WHERE e.id = ?1
        GROUP BY e.id
        """

    static let rankingSQL = """
        SELECT \(summaryColumns)
        FROM entity AS e JOIN mention AS m ON m.entity_id = e.id JOIN article AS a ON a.id = m.article_id
        WHERE (?1 IS NULL OR e.kind = ?1)
          AND (?2 IS NULL OR a.published >= ?2) AND (?3 IS NULL OR a.published < ?3)
        GROUP BY e.id
        ORDER BY count(DISTINCT a.story_id) DESC, sum(m.mentions) DESC, e.name, e.id
        LIMIT ?4
        """

    static let undatedSQL = """
        SELECT count(DISTINCT a.id) FROM entity AS e JOIN mention AS m ON m.entity_id = e.id JOIN article AS a ON a.id = m.article_id
        WHERE (?1 IS NULL OR e.kind = ?1) AND a.published IS NULL
        """

    static let aliasesSQL = "SELECT alias FROM entity_alias WHERE entity_id = ?1 ORDER BY length(alias) DESC, alias"

    static let placesSQL = "SELECT places FROM mention WHERE entity_id = ?1"

    static let quotesSQL = """
        SELECT \(QuoteReading.columns)
        FROM quote AS q \(QuoteReading.joins)
        WHERE q.speaker_id = ?1
        ORDER BY a.published IS NULL, a.published DESC, q.article_id, q.id
        LIMIT ?2
        """

    static let quoteCountSQL = "SELECT count(*) FROM quote WHERE speaker_id = ?1"

    static let articlesSQL = """
        SELECT a.id, a.title, s.name, a.published, a.url,
               (SELECT origin FROM article_origin WHERE article_id = a.id ORDER BY id LIMIT 1)
        FROM article AS a LEFT JOIN source AS s ON s.id = a.source_id
        WHERE a.id IN (SELECT article_id FROM mention WHERE entity_id = ?1)
        ORDER BY a.published IS NULL, a.published DESC, a.id
        LIMIT ?2
        """

    static let companionsSQL = """
        SELECT \(summaryColumns)
        FROM mention AS m JOIN entity AS e ON e.id = m.entity_id JOIN article AS a ON a.id = m.article_id
        WHERE m.article_id IN (SELECT article_id FROM mention WHERE entity_id = ?1)
          AND m.entity_id != ?1 AND e.kind IN ('person', 'organization')
        GROUP BY e.id
        ORDER BY count(DISTINCT a.story_id) DESC, sum(m.mentions) DESC, e.name, e.id
        LIMIT ?2
        """
}

extension ArchiveStore {
    public func resolveEntity(_ name: String, kind: EntityKind? = nil) throws -> EntityResolution {
        try EntityQueries(database: database).resolve(name, kind: kind)
    }

    /// Entities ranked by the number of stories that mention them.
    public func entityRanking(kind: EntityKind?, dates: DateRange, limit: Int) throws -> (entities: [EntitySummary], undatedExcluded: Int) {
        let queries = EntityQueries(database: database)
        let ranking = try queries.ranking(kind: kind, dates: dates, limit: limit)
        return (ranking, dates.isUnbounded ? 0 : try queries.undatedMentioning(kind: kind))
    }

    public func entityProfile(_ id: Int, quoteLimit: Int = 10, articleLimit: Int = 10, companionLimit: Int = 10) throws -> EntityProfile? {
        try EntityQueries(database: database).profile(of: id, quoteLimit: quoteLimit, articleLimit: articleLimit, companionLimit: companionLimit)
    }
}
