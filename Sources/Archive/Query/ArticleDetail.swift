import Foundation

/// One stored article with everything the archive holds about it: what `archive show` prints
/// and `archive export` writes.
public struct ArticleDetail: Sendable, Equatable {
    /// A mention as stored, with the archive-wide entity it was resolved to.
    public struct Mention: Sendable, Equatable {
        public var entityID: Int
        public var mention: EntityMention
    }

    /// A quotation as stored, with its row id and the speaker's entity.
    public struct Quote: Sendable, Equatable {
        public var id: Int
        public var speakerID: Int?
        public var quotation: Quotation
    }

    public var summary: ArticleSummary
    public var storyID: Int
    public var authors: [String]
    public var language: String?
    /// Every input the article was ingested from, first one first.
    public var origins: [String]
    public var paragraphs: [String]
    public var mentions: [Mention]
    public var quotes: [Quote]

    /// The article as `archive extract` would have produced it, so that it can be written in
    /// the extract record shape. An entity's `name` is the archive's name for it, which is the
    /// fullest form seen anywhere rather than within this article alone.
    public var extracted: ExtractedArticle {
        ExtractedArticle(
            article: ArticleDraft(
                origin: summary.origin ?? origins.first ?? "", title: summary.title, authors: authors,
                published: summary.published.flatMap(PublishedDate.init(iso8601:)), source: summary.source,
                url: summary.url, language: language, paragraphs: paragraphs),
            entities: mentions.map(\.mention),
            quotes: quotes.map(\.quotation))
    }

    /// `ArticleRecord.json(extracted)` followed by the archive's ids: the article's, its
    /// story's, every origin, and each entity's and quotation's row. The record fields come
    /// first and unchanged, so that the JSON Lines reader takes the record back as it is.
    public var record: JSONValue {
        guard case var .object(members) = ArticleRecord.json(extracted) else { return ArticleRecord.json(extracted) }
        for (index, member) in members.enumerated() {
            switch member.0 {
            case "entities":
                members[index].1 = Self.appendingIDs(to: member.1, ids: mentions.map { [("entity_id", .int($0.entityID))] })
            case "quotes":
                members[index].1 = Self.appendingIDs(to: member.1, ids: quotes.map {
                    [("id", .int($0.id)), ("speaker_id", .optional($0.speakerID))]
                })
            default:
                break
            }
        }
        members += [
            ("id", .int(summary.id)),
            ("story_id", .int(storyID)),
            ("origins", .array(origins.map(JSONValue.string))),
        ]
        return .object(members)
    }

    private static func appendingIDs(to list: JSONValue, ids: [[(String, JSONValue)]]) -> JSONValue {
        guard case let .array(items) = list, items.count == ids.count else { return list }
        return .array(zip(items, ids).map { item, extra in
            guard case let .object(members) = item else { return item }
            return .object(members + extra)
        })
    }
}

/// Loads stored articles by id, url or origin.
struct ArticleDetailQuery {
    let database: Database

    func article(id: Int) throws -> ArticleDetail? {
        let value = SQLValue.integer(Int64(id))
        guard var detail = try database.statement(Self.articleSQL).first([value], { row in
            ArticleDetail(
                summary: ArticleSummary(id: row.int(0), title: row.text(1), source: row.optionalText(2),
                                        published: row.optionalText(3), url: row.optionalText(4), origin: row.optionalText(5)),
                storyID: row.int(6), authors: Self.authors(row.text(7)), language: row.optionalText(8),
                origins: [], paragraphs: [], mentions: [], quotes: [])
        }) else { return nil }
        detail.origins = try database.statement(Self.originsSQL).rows([value]) { $0.text(0) }
        detail.paragraphs = try database.statement(Self.paragraphsSQL).rows([value]) { $0.text(0) }
        detail.mentions = try mentions(of: value, title: detail.summary.title, paragraphs: detail.paragraphs)
        detail.quotes = try database.statement(Self.quotesSQL).rows([value]) { row in
            ArticleDetail.Quote(id: row.int(0), speakerID: row.optionalInt(1), quotation: Quotation(
                text: row.text(6), kind: QuoteKind(rawValue: row.text(5)) ?? .direct, speaker: row.optionalText(2),
                speakerText: row.optionalText(3), cue: row.optionalText(4), paragraph: row.int(7),
                endParagraph: row.int(8), start: row.int(9), end: row.int(10)))
        }
        return detail
    }

    /// The article's mentions in text order. Each row holds one entity's places (`MentionPlaces`);
    /// the words as written are the text between the offsets.
    private func mentions(of article: SQLValue, title: String, paragraphs: [String]) throws -> [ArticleDetail.Mention] {
        let texts = ([title] + paragraphs).map { Array($0.unicodeScalars) }
        var mentions: [(place: MentionPlace, mention: ArticleDetail.Mention)] = []
        for (entityID, kind, name, bytes) in try database.statement(Self.mentionsSQL).rows([article], {
            ($0.int(0), EntityKind(rawValue: $0.text(1)) ?? .person, $0.text(2), $0.blob(3))
        }) {
            for place in MentionPlaces.unpack(bytes) ?? [] {
                mentions.append((place, ArticleDetail.Mention(entityID: entityID, mention: EntityMention(
                    text: Self.text(at: place, in: texts), kind: kind, name: name, paragraph: place.paragraph,
                    start: place.start, end: place.end, role: place.role))))
            }
        }
        return mentions.sorted { MentionPlace.inTextOrder($0.place, $1.place) }.map(\.mention)
    }

    /// The words at `place`: `texts` holds the title's scalars, then each paragraph's.
    private static func text(at place: MentionPlace, in texts: [[Unicode.Scalar]]) -> String {
        let index = (place.paragraph ?? -1) + 1
        guard texts.indices.contains(index), 0 <= place.start, place.start <= place.end, place.end <= texts[index].count
        else { return "" }
        return String(scalars: texts[index][place.start..<place.end])
    }

    /// The article at `url`, else the one ingested from `origin` of that text.
    func articleID(urlOrOrigin text: String) throws -> Int? {
        if let id = try database.integer(Self.byURLSQL, .text(text)) { return id }
        let origin = StoredOrigin(text)
        return try database.integer(StoredOrigin.articleSQL, .text(origin.path), .integer(origin.item))
    }

    /// Authors are stored as a JSON array of names (see `ArticleWriter.authorsJSON`).
    private static func authors(_ json: String) -> [String] {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]) ?? []
    }

    // MARK: - SQL

    static let articleSQL = """
        SELECT a.id, a.title, s.name, a.published, a.url,
               (SELECT origin FROM article_origin WHERE article_id = a.id ORDER BY id LIMIT 1),
               a.story_id, a.authors, a.language
        FROM article AS a LEFT JOIN source AS s ON s.id = a.source_id
        WHERE a.id = ?1
        """
    static let originsSQL = "SELECT origin FROM article_origin WHERE article_id = ?1 ORDER BY id"
    static let paragraphsSQL = "SELECT text FROM paragraph WHERE \(ParagraphID.SQLFragments.inArticle("id", article: "?1")) ORDER BY id"
    static let mentionsSQL = """
        SELECT m.entity_id, e.kind, e.name, m.places
        FROM mention AS m JOIN entity AS e ON e.id = m.entity_id
        WHERE m.article_id = ?1
        ORDER BY m.entity_id
        """
    /// Quotations are written in text order, so their row ids keep it.
    static let quotesSQL = """
        SELECT q.id, q.speaker_id, e.name, q.speaker_text, q.cue, q.kind, qt.text, q.paragraph, q.end_paragraph,
               q.start_offset, q.end_offset
        FROM quote AS q JOIN quote_text AS qt ON qt.id = q.id LEFT JOIN entity AS e ON e.id = q.speaker_id
        WHERE q.article_id = ?1
        ORDER BY q.id
        """
    static let byURLSQL = "SELECT id FROM article WHERE url = ?1"
}

extension ArchiveStore {
    /// The stored article with this id; nil when there is none.
    public func article(id: Int) throws -> ArticleDetail? {
        try ArticleDetailQuery(database: database).article(id: id)
    }

    /// The stored article with this url (or, failing that, ingested from this origin).
    public func article(url: String) throws -> ArticleDetail? {
        let query = ArticleDetailQuery(database: database)
        return try query.articleID(urlOrOrigin: url).flatMap { try query.article(id: $0) }
    }
}
