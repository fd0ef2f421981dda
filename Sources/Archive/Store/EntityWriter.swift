import Foundation

/// Writes an article's entity mentions and quotations, resolving each mention to one entity
/// row across the archive (see `EntityKey`).
final class EntityWriter {
    private let database: Database
    private var entityIDs: [EntityKey: Int] = [:]

    init(database: Database) {
        self.database = database
    }

    /// Forgets cached ids, which a rolled-back transaction may have invalidated.
    func discardCache() { entityIDs.removeAll() }

    private static let deleteMentions = "DELETE FROM mention WHERE article_id = ?"
    private static let deleteQuotes = "DELETE FROM quote WHERE article_id = ?"
    private static let selectEntity = "SELECT id, name FROM entity WHERE kind = ? AND match_key = ?"
    private static let insertEntity = "INSERT INTO entity (kind, name, match_key) VALUES (?, ?, ?)"
    private static let renameEntity = "UPDATE entity SET name = ? WHERE id = ?"
    private static let insertAlias = "INSERT OR IGNORE INTO entity_alias (entity_id, alias) VALUES (?, ?)"
    private static let insertMention = """
        INSERT INTO mention (entity_id, article_id, paragraph, start_offset, end_offset, text, role)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """
    private static let insertQuote = """
        INSERT INTO quote (article_id, speaker_id, speaker_text, cue, kind, text, paragraph, end_paragraph,
                           start_offset, end_offset)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    func deleteContent(ofArticle id: Int) throws {
        try database.statement(Self.deleteMentions).run(.integer(Int64(id)))
        try database.statement(Self.deleteQuotes).run(.integer(Int64(id)))
    }

    func write(_ extracted: ExtractedArticle, articleID: Int) throws {
        let article = Int64(articleID)
        var idsByName: [String: Int] = [:]
        let insertMention = try database.statement(Self.insertMention)
        let insertAlias = try database.statement(Self.insertAlias)
        for mention in extracted.entities {
            let id = try entityID(kind: mention.kind, name: mention.name)
            if mention.kind == .person { idsByName[mention.name] = id }
            try insertAlias.run(.integer(Int64(id)), .text(mention.text))
            try insertMention.run(
                .integer(Int64(id)), .integer(article), SQLValue(mention.paragraph), .integer(Int64(mention.start)),
                .integer(Int64(mention.end)), .text(mention.text), SQLValue(mention.role)
            )
        }
        let insertQuote = try database.statement(Self.insertQuote)
        for quote in extracted.quotes {
            var speakerID = quote.speaker.flatMap { idsByName[$0] }
            if speakerID == nil, let speaker = quote.speaker {
                speakerID = try entityID(kind: .person, name: speaker)
            }
            try insertQuote.run(
                .integer(article), SQLValue(speakerID), SQLValue(quote.speakerText), SQLValue(quote.cue),
                .text(quote.kind.rawValue), .text(quote.text), .integer(Int64(quote.paragraph)),
                .integer(Int64(quote.endParagraph)), .integer(Int64(quote.start)), .integer(Int64(quote.end))
            )
        }
    }

    /// The entity row for `name`, created on first sight; the entity keeps the fullest name seen.
    private func entityID(kind: EntityKind, name: String) throws -> Int {
        let key = EntityKey(kind: kind, name: name)
        if let cached = entityIDs[key] { return cached }
        let id: Int
        if let (existing, stored) = try database.statement(Self.selectEntity).first(
            [.text(kind.rawValue), .text(key.matchKey)], { ($0.int(0), $0.text(1)) }) {
            id = existing
            if name.count > stored.count { try database.statement(Self.renameEntity).run(.text(name), .integer(Int64(id))) }
        } else {
            try database.statement(Self.insertEntity).run(.text(kind.rawValue), .text(name), .text(key.matchKey))
            id = Int(database.lastInsertRowID)
        }
        try database.statement(Self.insertAlias).run(.integer(Int64(id)), .text(name))
        entityIDs[key] = id
        return id
    }
}

/// The identity of an entity across the archive: its kind and its name folded so that
/// spelling variants of one name meet.
struct EntityKey: Hashable {
    let kind: EntityKind
    let matchKey: String

    init(kind: EntityKind, name: String) {
        self.kind = kind
        self.matchKey = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
