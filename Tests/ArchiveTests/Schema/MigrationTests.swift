import Foundation
import Testing
@testable import Archive

/// An archive made at version 1 is migrated when it is opened, its tables derived from the old ones.
@Suite("Schema migration from version 1")
struct MigrationTests {
    private static let paragraphs = [
        "Grain prices fell sharply on Tuesday after negotiators in Geneva announced a tentative agreement to reopen the corridor, easing fears of a winter shortage.",
        "“The hard part is over,” Ana Ruiz said, adding that insurers would have to return before traffic resumed at scale across the region this winter.",
    ]

    /// A version 1 file holding one article as version 1 stored it.
    private func makeVersion1Archive(at path: String, autoVacuum: Bool = false) throws {
        let database = try Database(path: path, mode: .readWriteCreate)
        if autoVacuum { try database.execute("PRAGMA auto_vacuum = INCREMENTAL") }
        try database.execute(schemaVersion1)
        try database.execute("PRAGMA application_id = \(Schema.applicationID)")
        try database.execute("PRAGMA user_version = 1")
        try database.execute("""
            INSERT INTO story (id) VALUES (1);
            INSERT INTO article (id, story_id, title, content_hash, minhash, ingested_at)
                VALUES (1, 1, 'Grain falls in Geneva', x'01', x'00', '2025-08-18T00:00:00Z');
            INSERT INTO article_origin (origin, article_id) VALUES ('grain.txt', 1);
            INSERT INTO article_band (band_key, article_id) VALUES (123456789012, 1);
            INSERT INTO entity (id, kind, name, match_key) VALUES (1, 'place', 'Geneva', 'geneva'), (2, 'person', 'Ana Ruiz', 'ana ruiz');
            INSERT INTO entity_alias (entity_id, alias) VALUES (1, 'Geneva'), (2, 'Ana Ruiz');
            INSERT INTO mention (entity_id, article_id, paragraph, start_offset, end_offset, text, role) VALUES
                (1, 1, NULL, 15, 21, 'Geneva', NULL),
                (1, 1, 0, 58, 64, 'Geneva', NULL),
                (2, 1, 1, 25, 33, 'Ana Ruiz', 'insurance expert');
            INSERT INTO quote (article_id, speaker_id, speaker_text, cue, kind, text, paragraph, end_paragraph, start_offset, end_offset)
                VALUES (1, 2, 'Ana Ruiz', 'said', 'direct', 'The hard part is over,', 1, 1, 1, 23),
                       (1, 2, 'Ana Ruiz', 'said', 'indirect', 'insurers would have to return', 1, 1, 52, 81),
                       (1, NULL, NULL, NULL, 'mixed', 'a tentative agreement … The hard part', 0, 1, 75, 14);
            """)
        let insertParagraph = try database.statement("INSERT INTO paragraph (article_id, ordinal, text) VALUES (1, ?, ?)")
        for (ordinal, text) in Self.paragraphs.enumerated() { try insertParagraph.run(.integer(Int64(ordinal)), .text(text)) }
    }

    @Test func aVersion1ArchiveIsMigratedWithItsContent() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("v1.sqlite")
        try makeVersion1Archive(at: path)
        let archive = try ArchiveStore(path: path, access: .write)
        #expect(try archive.database.integer("PRAGMA user_version") == Schema.version)
        #expect(try archive.checkProblems() == [])
        for (index, _) in ArchiveStore.indexedTables {
            #expect(try archive.database.integer("SELECT v FROM \(index)_config WHERE k = 'automerge'") == 16, "\(index)")
        }

        let detail = try #require(try archive.article(id: 1))
        #expect(detail.mentions.map(\.mention.text) == ["Geneva", "Geneva", "Ana Ruiz"])
        #expect(detail.mentions.map(\.mention.paragraph) == [nil, 0, 1])
        #expect(detail.mentions.last?.mention.role == "insurance expert")
        #expect(detail.quotes.map(\.quotation.text) == [
            "The hard part is over,", "insurers would have to return", "a tentative agreement … The hard part",
        ])
        #expect(try archive.count("mention") == 2)
        #expect(try archive.count("quote WHERE text IS NULL") == 2, "the two quotations that are their paragraph's words")
        #expect(try archive.whoSaid(WhoSaidRequest(text: .query(SearchQuery.parse("insurers")))).speakers.map(\.speaker) == ["Ana Ruiz"])
        let signature = try #require(MinHash(paragraphs: Self.paragraphs))
        let bands = try archive.database.statement("SELECT band_key FROM article_band ORDER BY band_key").rows { $0.int64(0) }
        #expect(bands == Set(signature.bandKeys).sorted(), "bands recomputed from the paragraphs")
    }

    @Test func paragraphsAreRenumberedByArticleAndStillFound() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("v1.sqlite")
        try makeVersion1Archive(at: path)
        let archive = try ArchiveStore(path: path, access: .write)
        let rows = try archive.database.statement("SELECT id, article_id, ordinal FROM paragraph ORDER BY id").rows {
            [$0.int(0), $0.int(1), $0.int(2)]
        }
        #expect(rows == [[1024, 1, 0], [1025, 1, 1]])
        let hit = try #require(try archive.search(SearchRequest(text: .query(SearchQuery.parse("corridor")))).hits.first)
        #expect(hit.article.id == 1)
        #expect(hit.matches.map(\.paragraph) == [0])
    }

    @Test func anArchiveThatAutoVacuumsKeepsNoFreePagesAfterTheMigration() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("v1.sqlite")
        try makeVersion1Archive(at: path, autoVacuum: true)
        let archive = try ArchiveStore(path: path, access: .write)
        #expect(try archive.database.integer("PRAGMA freelist_count") == 0, "the replaced tables' pages were given back")
        #expect(try archive.checkProblems() == [])
    }

    @Test func anArticleTooLongToNumberStopsTheMigrationAndSaysWhich() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("v1.sqlite")
        try makeVersion1Archive(at: path)
        do {
            let database = try Database(path: path, mode: .readWriteCreate)
            let insert = try database.statement("INSERT INTO paragraph (article_id, ordinal, text) VALUES (1, ?, 'more')")
            for ordinal in Self.paragraphs.count...1024 { try insert.run(.integer(Int64(ordinal))) }
        }
        #expect {
            _ = try ArchiveStore(path: path, access: .write)
        } throws: { error in
            "\(error)".contains("article 1 has more than 1,024 paragraphs")
        }
        let database = try Database(path: path, mode: .readOnly)
        #expect(try database.integer("PRAGMA user_version") == 1, "nothing was changed")
        #expect(try database.integer("SELECT count(*) FROM paragraph") == 1025)
    }

    @Test func aMigratedArchiveTakesNewArticlesAndFindsTheirNearDuplicates() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("v1.sqlite")
        try makeVersion1Archive(at: path)
        let archive = try ArchiveStore(path: path, access: .write)
        var copy = Self.paragraphs
        copy[0] = copy[0].replacingOccurrences(of: "sharply", with: "steeply")
        try store([ArticleDraft(origin: "copy.txt", title: "Grain falls", paragraphs: copy)], in: archive)
        let stories = try archive.database.statement("SELECT story_id FROM article ORDER BY id").rows { $0.int(0) }
        #expect(stories == [1, 1])
        // Were version 2's insert triggers left, the new rows would be indexed twice.
        #expect(try archive.checkProblems() == [])
    }

    @Test func originsAreSplitIntoInputsAndNumbersKeepingTheirOrder() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("v1.sqlite")
        try makeVersion1Archive(at: path)
        let origins = ["grain.txt", "wire.jsonl#7", "wire.jsonl#3", "notes#1.txt", "feed.xml#12"]
        do {
            let database = try Database(path: path, mode: .readWrite)
            for origin in origins.dropFirst() {
                try database.statement("INSERT INTO article_origin (origin, article_id) VALUES (?, 1)").run(.text(origin))
            }
        }
        let archive = try ArchiveStore(path: path, access: .write)
        #expect(try archive.database.statement("SELECT origin FROM article_origin ORDER BY id").rows { $0.text(0) } == origins)
        #expect(try archive.database.statement("SELECT path FROM input ORDER BY id").rows { $0.text(0) }
            == ["grain.txt", "wire.jsonl", "notes#1.txt", "feed.xml"])
        #expect(try archive.article(url: "wire.jsonl#3")?.summary.id == 1)
        #expect(try archive.checkProblems() == [])
    }

    @Test func fullLengthContentHashesAreCutToSixteenBytesAndStillFindTheirText() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("v7.sqlite")
        let draft = ArticleDraft(origin: "a.txt", title: "Grain", paragraphs: Self.paragraphs)
        do {
            // Version 7 kept the whole digest.
            let archive = try ArchiveStore(path: path, access: .write)
            try store([draft], in: archive)
            let digest = SHA256.hash(ContentFingerprint.words(of: draft.normalized()))
            try archive.database.statement("UPDATE article SET content_hash = ?").run(.blob(digest))
            try archive.database.execute("PRAGMA user_version = 7")
        }
        let archive = try ArchiveStore(path: path, access: .write)
        #expect(try archive.database.integer("SELECT length(content_hash) FROM article") == 16)
        var copy = draft
        copy.origin = "copy.txt"
        #expect(try store([copy], in: archive) == [.duplicate(articleID: 1)])
        #expect(try archive.checkProblems() == [])
    }

    @Test func aMigratedArchiveHasEveryTableIndexViewAndTriggerOfANewOne() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("v1.sqlite")
        try makeVersion1Archive(at: path)
        let migrated = try ArchiveStore(path: path, access: .write)
        let new = try makeStore()
        let objects = "SELECT type || ' ' || name FROM sqlite_schema ORDER BY type, name"
        #expect(try migrated.database.statement(objects).rows { $0.text(0) } == new.database.statement(objects).rows { $0.text(0) })
    }
}
