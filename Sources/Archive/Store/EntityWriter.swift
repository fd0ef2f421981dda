import Foundation

/// Writes an article's entity mentions and quotations, resolving each mention to one entity
/// row across the archive (see `EntityKey`).
final class EntityWriter {
    private let database: Database
    /// Entity ids by the name as extracted, then by the folded key (folding costs more than a lookup).
    private var idsByName: [NameKey: Int] = [:]
    private var entityIDs: [EntityKey: Int] = [:]
    /// What each cached id is cached under, so that a merged entity leaves the caches at once.
    private var cachedUnder: [Int: (names: [NameKey], keys: [EntityKey])] = [:]
    /// Entities merged into another while the current article was written: old id → new id.
    private var mergedInto: [Int: Int] = [:]
    /// Aliases known to be stored: most mentions repeat a form already seen.
    private var storedAliases = Set<AliasKey>()

    /// Where new quotations wait for quote_fts (the article writer's queue).
    private let index: FullTextQueue

    init(database: Database, index: FullTextQueue) {
        self.database = database
        self.index = index
    }

    /// Forgets cached ids, which a rolled-back transaction may have invalidated.
    func discardCache() {
        idsByName.removeAll()
        entityIDs.removeAll()
        cachedUnder.removeAll()
        storedAliases.removeAll()
    }

    private static let deleteMentions = "DELETE FROM mention WHERE article_id = ?"
    private static let deleteQuotes = "DELETE FROM quote WHERE article_id = ?"
    private static let selectEntity = "SELECT id, name FROM entity WHERE kind = ? AND match_key = ?"
    private static let insertEntity = "INSERT INTO entity (kind, name, match_key, surname) VALUES (?, ?, ?, ?)"
    private static let renameEntity = "UPDATE entity SET name = ? WHERE id = ?"
    private static let insertAlias = "INSERT OR IGNORE INTO entity_alias (entity_id, alias) VALUES (?, ?)"
    private static let insertMention = "INSERT INTO mention (article_id, entity_id, mentions, places) VALUES (?, ?, ?, ?)"
    private static let insertQuote = """
        INSERT INTO quote (article_id, speaker_id, speaker_text, cue, kind, text, paragraph, end_paragraph,
                           start_offset, end_offset)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Deletes an article's mentions and quotations; call it before deleting its paragraphs,
    /// which hold the quotations' words.
    func deleteContent(ofArticle id: Int) throws {
        try database.statement(Self.deleteMentions).run(.integer(Int64(id)))
        try database.statement(Self.deleteQuotes).run(.integer(Int64(id)))
    }

    /// Past this many cached names and aliases the caches start again from empty: they only
    /// spare lookups that the indexes answer anyway, and an archive of many years names
    /// millions of people, which must not all stay in memory (peak RSS stays bounded).
    /// At 50,000 they were emptied and refilled during the 21 MB benchmark (56,000 entities,
    /// 62,000 aliases); at 250,000 they hold it all (peak RSS 82 MB).
    static let cacheLimit = 250_000

    func write(_ prepared: PreparedArticle, articleID: Int) throws {
        let extracted = prepared.extracted
        if idsByName.count + storedAliases.count > Self.cacheLimit { discardCache() }
        mergedInto.removeAll()
        var resolved: [(id: Int, mention: EntityMention)] = []
        var speakerIDs: [String: Int] = [:]
        for mention in extracted.entities {
            let id = try entityID(kind: mention.kind, name: mention.name)
            if mention.kind == .person { speakerIDs[mention.name] = id }
            try storeAlias(mention.text, of: id)
            resolved.append((id, mention))
        }
        try writeMentions(resolved, articleID: articleID)
        try writeQuotes(of: prepared, speakerIDs: speakerIDs, articleID: articleID)
    }

    private func storeAlias(_ alias: String, of id: Int) throws {
        guard storedAliases.insert(AliasKey(entity: id, alias: alias)).inserted else { return }
        try database.statement(Self.insertAlias).run(.integer(Int64(id)), .text(alias))
    }

    /// One row per entity the article names, with its places in text order. An entity met
    /// early in the article may since have been merged into a later one (`absorbBareSurname`).
    private func writeMentions(_ resolved: [(id: Int, mention: EntityMention)], articleID: Int) throws {
        let byEntity = Dictionary(grouping: resolved) { currentID($0.id) }
        let insert = try database.statement(Self.insertMention)
        for (id, mentions) in byEntity.sorted(by: { $0.key < $1.key }) {
            let places = mentions.map { MentionPlace($0.mention) }.sorted(by: MentionPlace.inTextOrder)
            try insert.run(.integer(Int64(articleID)), .integer(Int64(id)), .integer(Int64(places.count)),
                           .blob(MentionPlaces.pack(places)))
        }
    }

    private func writeQuotes(of prepared: PreparedArticle, speakerIDs: [String: Int], articleID: Int) throws {
        let insert = try database.statement(Self.insertQuote)
        for (quote, storedText) in zip(prepared.extracted.quotes, prepared.storedQuoteTexts) {
            var speakerID = quote.speaker.flatMap { speakerIDs[$0] }.map(currentID)
            if speakerID == nil, let speaker = quote.speaker {
                speakerID = try entityID(kind: .person, name: speaker)
            }
            try insert.run(
                .integer(Int64(articleID)), SQLValue(speakerID), SQLValue(quote.speakerText), SQLValue(quote.cue),
                .text(quote.kind.rawValue), SQLValue(storedText),
                .integer(Int64(quote.paragraph)), .integer(Int64(quote.endParagraph)), .integer(Int64(quote.start)),
                .integer(Int64(quote.end))
            )
            index.add(.quote, rowid: database.lastInsertRowID, text: quote.text)
        }
    }

    private func currentID(_ id: Int) -> Int {
        var id = id
        while let next = mergedInto[id] { id = next }
        return id
    }

    private static let candidatesBySurname = "SELECT id, name FROM entity WHERE surname = ? ORDER BY id"
    private static let mentionsOfEntity = "SELECT article_id, places FROM mention WHERE entity_id = ?"
    private static let placesOfMention = "SELECT places FROM mention WHERE article_id = ? AND entity_id = ?"
    private static let upsertMention = """
        INSERT INTO mention (article_id, entity_id, mentions, places) VALUES (?1, ?2, ?3, ?4)
        ON CONFLICT (article_id, entity_id) DO UPDATE SET mentions = ?3, places = ?4
        """
    private static let deleteMention = "DELETE FROM mention WHERE article_id = ? AND entity_id = ?"
    private static let moveQuotes = "UPDATE quote SET speaker_id = ?1 WHERE speaker_id = ?2"
    private static let moveAliases = "INSERT OR IGNORE INTO entity_alias (entity_id, alias) SELECT ?1, alias FROM entity_alias WHERE entity_id = ?2"
    private static let deleteEntity = "DELETE FROM entity WHERE id = ?"

    /// The entity row for `name`, created on first sight; the entity keeps the fullest name seen.
    ///
    /// People merge across the archive only on evidence in the names (`EntityNameMatching`):
    /// the same folded spelling ("Zelenskyy", "Zelensky"), compatible given names ("Donald J.
    /// Trump", "Donald Trump"), or a bare surname when exactly one person in the archive has it.
    /// A bare surname stored before its full name is merged into the full name when that arrives.
    private func entityID(kind: EntityKind, name: String) throws -> Int {
        let nameKey = NameKey(kind: kind, name: name)
        if let cached = idsByName[nameKey] { return cached }
        let key = EntityKey(kind: kind, name: name)
        if let cached = entityIDs[key] {
            cache(cached, name: nameKey)
            return cached
        }
        var id: Int
        // A bare surname names the only person with it *so far*: once a second one arrives it
        // names neither, so that answer is looked up again each time, never cached.
        var lasting = true
        if let (existing, stored) = try database.statement(Self.selectEntity).first(
            [.text(kind.rawValue), .text(key.matchKey)], { ($0.int(0), $0.text(1)) }) {
            id = existing
            if name.count > stored.count { try database.statement(Self.renameEntity).run(.text(name), .integer(Int64(id))) }
        } else {
            let namesakes = kind == .person ? try people(withSurnameOf: name) : []
            if kind == .person, let match = samePerson(as: name, among: namesakes) {
                id = match.id
                lasting = EntityNameMatching.words(of: name).count > 1
                if name.count > match.name.count { try database.statement(Self.renameEntity).run(.text(name), .integer(Int64(id))) }
            } else {
                try database.statement(Self.insertEntity).run(.text(kind.rawValue), .text(name), .text(key.matchKey),
                                                               SQLValue(kind == .person ? EntityNameMatching.surnameKey(for: name) : nil))
                id = Int(database.lastInsertRowID)
                // The new row has the namesakes' surname and the highest id: it comes last.
                if kind == .person { try absorbBareSurname(into: id, among: namesakes + [(id, name)]) }
            }
        }
        try storeAlias(name, of: id)
        guard lasting else { return id }
        entityIDs[key] = id
        cachedUnder[id, default: ([], [])].keys.append(key)
        cache(id, name: nameKey)
        return id
    }

    private func cache(_ id: Int, name: NameKey) {
        idsByName[name] = id
        cachedUnder[id, default: ([], [])].names.append(name)
    }

    private func uncache(_ id: Int) {
        guard let entry = cachedUnder.removeValue(forKey: id) else { return }
        for name in entry.names where idsByName[name] == id { idsByName[name] = nil }
        for key in entry.keys where entityIDs[key] == id { entityIDs[key] = nil }
    }

    /// People stored with the surname of `name`. An initial is no surname: "P" is evidence of nothing.
    private func people(withSurnameOf name: String) throws -> [(id: Int, name: String)] {
        let surname = EntityNameMatching.surnameKey(for: name)
        guard surname.count >= 2 else { return [] }
        return try database.statement(Self.candidatesBySurname).rows([.text(surname)]) { ($0.int(0), $0.text(1)) }
    }

    /// A stored person `name` clearly names, if there is exactly one among `candidates`, the
    /// people stored with its surname.
    private func samePerson(as name: String, among candidates: [(id: Int, name: String)]) -> (id: Int, name: String)? {
        let words = EntityNameMatching.words(of: name)
        if words.count == 1 {
            let full = candidates.filter { EntityNameMatching.words(of: $0.name).count > 1 }
            guard let fullName = EntityNameMatching.fullName(for: name, among: full.map(\.name)) else { return nil }
            return full.first { $0.name == fullName }
        }
        return candidates.first { EntityNameMatching.isSamePerson(name, $0.name) }
    }

    /// Merges an entity stored under the bare surname of the new full-name entity `id` into it,
    /// when it is now the only full name with that surname (`candidates`: the people with that
    /// surname, `id` among them).
    private func absorbBareSurname(into id: Int, among candidates: [(id: Int, name: String)]) throws {
        let full = candidates.filter { EntityNameMatching.words(of: $0.name).count > 1 }
        guard full.count == 1, full[0].id == id else { return }
        for bare in candidates where EntityNameMatching.words(of: bare.name).count == 1 {
            try moveMentions(of: bare.id, to: id)
            for sql in [Self.moveQuotes, Self.moveAliases] {
                try database.statement(sql).run(.integer(Int64(id)), .integer(Int64(bare.id)))
            }
            try database.statement(Self.deleteEntity).run(.integer(Int64(bare.id)))
            uncache(bare.id)
            mergedInto[bare.id] = id
        }
    }

    /// Gives `target` every mention of `source`, joining their places where an article names both.
    private func moveMentions(of source: Int, to target: Int) throws {
        let rows = try database.statement(Self.mentionsOfEntity).rows([.integer(Int64(source))]) { ($0.int(0), $0.blob(1)) }
        for (article, bytes) in rows {
            let existing = try database.statement(Self.placesOfMention).first(
                [.integer(Int64(article)), .integer(Int64(target))]) { $0.blob(0) }
            guard let moved = MentionPlaces.unpack(bytes), let kept = MentionPlaces.unpack(existing ?? []) else {
                throw ArchiveError.storage("the mentions of entity \(source) in article \(article) are damaged; run archive check")
            }
            let places = (kept + moved).sorted(by: MentionPlace.inTextOrder)
            try database.statement(Self.deleteMention).run(.integer(Int64(article)), .integer(Int64(source)))
            try database.statement(Self.upsertMention).run(
                .integer(Int64(article)), .integer(Int64(target)), .integer(Int64(places.count)),
                .blob(MentionPlaces.pack(places)))
        }
    }
}

/// An entity_alias row.
private struct AliasKey: Hashable {
    let entity: Int
    let alias: String
}

/// A name exactly as extracted, before any folding.
private struct NameKey: Hashable {
    let kind: EntityKind
    let name: String
}

/// The identity of an entity across the archive: its kind and its name folded so that
/// spelling variants of one name meet (`EntityNameMatching.key` for people).
struct EntityKey: Hashable {
    let kind: EntityKind
    let matchKey: String

    init(kind: EntityKind, name: String) {
        self.kind = kind
        let folded = EntityNameMatching.folded(name)
        let key = kind == .person ? EntityNameMatching.key(for: name) : folded
        self.matchKey = key.isEmpty ? folded : key
    }
}
