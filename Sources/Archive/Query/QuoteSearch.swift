/// Finds quotations by their words and groups them by speaker, most quoted first.
///
/// A quotation repeated by a near-duplicate of the same story counts once.
struct QuoteSearch {
    let database: Database

    func run(_ request: WhoSaidRequest) throws -> WhoSaidResults {
        let match: String
        switch request.text {
        case let .query(query): match = query.ftsExpression
        case let .raw(text): match = text
        }
        let values: [SQLValue] = [
            .text(match), SQLValue(request.dates.sqlLowerBound), SQLValue(request.dates.sqlUpperBound),
            SQLValue(request.source), SQLValue(request.speaker),
        ]
        let rows: [(quote: QuoteRecord, story: Int)]
        do {
            rows = try database.statement(Self.matchingSQL).rows(values) { row in
                (QuoteReading.quote(row), row.int(QuoteReading.columnCount))
            }
        } catch let error as SQLiteError {
            guard case .raw = request.text else { throw error }
            throw ArchiveError.invalidQuery(error.message.replacingOccurrences(of: "fts5: ", with: ""))
        }
        var bySpeaker: [Int: SpeakerQuotes] = [:]
        var seen = Set<String>()
        var unnamed = 0
        for (quote, story) in rows {
            guard let id = quote.speakerID, let name = quote.speaker else {
                unnamed += 1
                continue
            }
            var group = bySpeaker[id] ?? SpeakerQuotes(speakerID: id, speaker: name, count: 0, quotes: [])
            if seen.insert("\(id)\u{0}\(story)\u{0}\(quote.text.lowercased())").inserted {
                group.count += 1
                if group.quotes.count < request.quotesPerSpeaker { group.quotes.append(quote) }
            }
            bySpeaker[id] = group
        }
        let speakers = bySpeaker.values
            .sorted { ($0.count, $1.speaker) > ($1.count, $0.speaker) }
            .prefix(max(0, request.limit))
        var undated = 0
        if !request.dates.isUnbounded {
            undated = try database.integer(Self.undatedSQL, .text(match), SQLValue(request.source), SQLValue(request.speaker)) ?? 0
        }
        return WhoSaidResults(speakers: Array(speakers), unnamed: unnamed, undatedExcluded: undated)
    }

    private static let speakerFilter = """
        (?5 IS NULL OR q.speaker_id IN (SELECT entity_id FROM entity_alias WHERE alias = ?5))
        """

    static let matchingSQL = """
        SELECT \(QuoteReading.columns), a.story_id
        FROM quote_fts AS f
        JOIN quote AS q ON q.id = f.rowid
        \(QuoteReading.joins)
        WHERE quote_fts MATCH ?1
          AND (?2 IS NULL OR a.published >= ?2) AND (?3 IS NULL OR a.published < ?3)
          AND (?4 IS NULL OR s.name = ?4)
          AND \(speakerFilter)
        ORDER BY a.published IS NULL, a.published, q.article_id, q.id
        """

    static let undatedSQL = """
        SELECT count(*)
        FROM quote_fts AS f
        JOIN quote AS q ON q.id = f.rowid
        JOIN article AS a ON a.id = q.article_id
        LEFT JOIN source AS s ON s.id = a.source_id
        WHERE quote_fts MATCH ?1 AND a.published IS NULL
          AND (?2 IS NULL OR s.name = ?2)
          AND (?3 IS NULL OR q.speaker_id IN (SELECT entity_id FROM entity_alias WHERE alias = ?3))
        """
}

/// The columns and joins that read a `QuoteRecord`, shared by every query that lists quotes.
enum QuoteReading {
    static let columns = """
        q.id, qt.text, q.kind, q.cue, e.name, q.speaker_id, q.speaker_text, q.paragraph,
        a.id, a.title, s.name, a.published, a.url,
        (SELECT origin FROM article_origin WHERE article_id = a.id ORDER BY id LIMIT 1)
        """
    static let columnCount: Int32 = 14
    static let joins = """
        JOIN quote_text AS qt ON qt.id = q.id
        JOIN article AS a ON a.id = q.article_id
        LEFT JOIN source AS s ON s.id = a.source_id
        LEFT JOIN entity AS e ON e.id = q.speaker_id
        """

    static func quote(_ row: Row) -> QuoteRecord {
        QuoteRecord(
            id: row.int(0), text: row.text(1), kind: row.text(2), cue: row.optionalText(3), speaker: row.optionalText(4),
            speakerID: row.optionalInt(5), speakerText: row.optionalText(6), paragraph: row.int(7),
            article: ArticleSummary(id: row.int(8), title: row.text(9), source: row.optionalText(10),
                                    published: row.optionalText(11), url: row.optionalText(12), origin: row.optionalText(13)))
    }
}
