import Testing
@testable import Archive

/// One entity row per real person across the archive, and never two people merged on a surname.
@Suite("Merging people across articles")
struct EntityMergingTests {
    private func archive(with names: [[String]]) throws -> ArchiveStore {
        let archive = try makeStore()
        let writer = ArticleWriter(store: archive)
        try archive.writeBatch {
            for (index, articleNames) in names.enumerated() {
                let mentions = articleNames.map {
                    EntityMention(text: $0, kind: .person, name: $0, paragraph: 0, start: 0, end: $0.unicodeScalars.count)
                }
                _ = try writer.store(ExtractedArticle(
                    article: ArticleDraft(origin: "\(index).txt", title: "Article \(index)", paragraphs: ["Text \(index)."]),
                    entities: mentions))
            }
        }
        return archive
    }

    private func names(_ archive: ArchiveStore) throws -> [String] {
        try archive.database.statement("SELECT name FROM entity ORDER BY name").rows { $0.text(0) }
    }

    @Test func transliteratedSpellingsAreOnePerson() throws {
        let archive = try archive(with: [["Volodymyr Zelenskyy"], ["Volodymyr Zelensky"], ["Zelenskiy"]])
        #expect(try names(archive) == ["Volodymyr Zelenskyy"])
    }

    @Test func peopleWhoShareOnlyASurnameStayApart() throws {
        let archive = try archive(with: [["Bill Clinton"], ["Hillary Clinton"]])
        #expect(try names(archive) == ["Bill Clinton", "Hillary Clinton"])
    }

    @Test func aBareSurnameJoinsTheOnlyFullNameWithIt() throws {
        let archive = try archive(with: [["Vladimir Putin"], ["Putin"]])
        #expect(try names(archive) == ["Vladimir Putin"])
    }

    @Test func aBareSurnameStoredFirstIsAbsorbedByTheFullName() throws {
        let archive = try archive(with: [["Putin"], ["Vladimir Putin"]])
        #expect(try names(archive) == ["Vladimir Putin"])
        #expect(try archive.count("mention") == 2)
        #expect(try archive.integrityProblems() == [])
    }

    @Test func aBareSurnameStopsNamingAPersonOnceASecondHasIt() throws {
        // In one writer, so that what it resolved earlier is still at hand.
        let archive = try archive(with: [["George Bush"], ["Bush"], ["Jeb Bush"], ["Bush"]])
        #expect(try names(archive) == ["Bush", "George Bush", "Jeb Bush"])
        let bush = try archive.database.statement("SELECT article_id FROM mention JOIN entity ON entity.id = entity_id WHERE name = 'Bush'").rows { $0.int(0) }
        #expect(bush == [4])
    }

    @Test func aBareSurnameSharedByTwoPeopleStaysItsOwn() throws {
        let archive = try archive(with: [["Bill Clinton"], ["Hillary Clinton"], ["Clinton"]])
        #expect(try names(archive) == ["Bill Clinton", "Clinton", "Hillary Clinton"])
    }
}
