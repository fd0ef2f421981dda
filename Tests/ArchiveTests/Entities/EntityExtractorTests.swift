import Testing
@testable import Archive

/// Entity extraction on sentences written for these tests, in the constructions news uses,
/// and on sentences of the two seed articles.
@Suite struct EntityExtractorTests {
    private func extract(_ paragraphs: String..., title: String? = nil) -> [EntityMention] {
        EntityExtractor().extract(title: title, paragraphs: paragraphs)
    }

    private func mention(_ text: String, in mentions: [EntityMention]) throws -> EntityMention {
        try #require(mentions.first { $0.text == text }, "no mention \(text) in \(mentions.map(\.text))")
    }

    @Test func findsPeopleOrganizationsAndPlaces() throws {
        let mentions = extract("NATO military leaders will meet this week in Brussels to discuss security guarantees for Ukraine, Mark Rutte said.")
        #expect(try mention("NATO", in: mentions).kind == .organization)
        #expect(try mention("Brussels", in: mentions).kind == .place)
        #expect(try mention("Ukraine", in: mentions).kind == .place)
        #expect(try mention("Mark Rutte", in: mentions).kind == .person)
    }

    @Test func offsetsLocateTheTextInUnicodeScalars() throws {
        let paragraph = "“We’re willing to help,” Zelenskyy told Fox News in Kyiv."
        let mentions = extract("First paragraph about nothing.", paragraph)
        let scalars = Array(paragraph.unicodeScalars)
        for mention in mentions where mention.paragraph == 1 {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[mention.start..<mention.end])
            #expect(String(view) == mention.text)
        }
        #expect(try mention("Zelenskyy", in: mentions).kind == .person)
        #expect(try mention("Fox News", in: mentions).kind == .organization)
    }

    @Test func titleMentionsHaveNoParagraph() throws {
        let mentions = extract("The talks in Geneva ended without a deal.", title: "Kremlin says Putin rejected Zelensky's offer")
        #expect(try mention("Putin", in: mentions).paragraph == nil)
        #expect(try mention("Zelensky", in: mentions).paragraph == nil)
        #expect(try mention("Geneva", in: mentions).paragraph == 0)
    }

    @Test func aRoleIsSplitOffThePersonsName() throws {
        let mentions = extract("U.K. Prime Minister Keir Starmer held a meeting with more than 30 world leaders today.")
        let starmer = try mention("Keir Starmer", in: mentions)
        #expect(starmer.kind == .person)
        #expect(starmer.role == "Prime Minister")
        #expect(try mention("U.K.", in: mentions).kind == .place)
        #expect(!mentions.contains { $0.text.contains("Minister") })
    }

    @Test(arguments: [
        ("Ahead of the visit, Russian Foreign Minister Sergei Lavrov said in a statement that his country opposed it.", "Sergei Lavrov", "Foreign Minister"),
        ("According to White House press secretary Karoline Leavitt, officials will continue to coordinate.", "Karoline Leavitt", "press secretary"),
        ("U.S. special envoy Steve Witkoff had previously said that the U.S. told Russia it would help.", "Steve Witkoff", "special envoy"),
        ("U.S. European Command head Alexus Grynkewich will also brief officials from NATO member states.", "Alexus Grynkewich", "head"),
        ("The meeting ended in a shouting match with Vice President JD Vance.", "JD Vance", "Vice President"),
        ("Secretary of State Marco Rubio flew to Riyadh on Sunday.", "Marco Rubio", "Secretary of State"),
        ("Ukrainian President Volodymyr Zelenskyy arrived in Washington.", "Volodymyr Zelenskyy", "President"),
        ("The rise was welcomed by Treasurer Peter Costello in Canberra.", "Peter Costello", "Treasurer"),
        ("Earlier, Agriculture Minister Ann Smith said prices would fall.", "Ann Smith", "Agriculture Minister"),
    ])
    func findsTheRoleBeforeAName(sentence: String, name: String, role: String) throws {
        let person = try mention(name, in: extract(sentence))
        #expect(person.kind == .person)
        #expect(person.role == role)
    }

    @Test func aTitleIsNeverAMentionOfItsOwn() throws {
        let mentions = extract("Chancellor Gordon Brown is expected to announce the budget in London on Wednesday.")
        #expect(try mention("Gordon Brown", in: mentions).role == "Chancellor")
        #expect(!mentions.contains { $0.text.contains("Chancellor") })
    }

    @Test func aNameRunningOnThroughATitleIsSplit() throws {
        let mentions = extract("In an interview on Friday, Federal Reserve Governor Lawrence Lindsey said there were mixed signals.")
        #expect(try mention("Federal Reserve", in: mentions).kind == .organization)
        let lindsey = try mention("Lawrence Lindsey", in: mentions)
        #expect(lindsey.kind == .person)
        #expect(lindsey.role == "Governor")
    }

    @Test func aSurnameAloneIsThePersonNamedInFull() throws {
        let mentions = extract(
            "The party suspended its candidate John Houston on Tuesday.",
            "Houston said he would appeal, and Houston's agent agreed."
        )
        let houstons = mentions.filter { $0.text == "Houston" }
        #expect(houstons.count == 2)
        #expect(houstons.allSatisfy { $0.kind == .person && $0.name == "John Houston" })
    }

    @Test func anUnknownNameBeforeSaidIsAPerson() throws {
        let mentions = extract("“We’re willing to help,” Zelenskyy told reporters in Kyiv.")
        #expect(try mention("Zelenskyy", in: mentions).kind == .person)
    }

    @Test func aPersonWithoutATitleHasNoRole() throws {
        let mentions = extract("Steve Witkoff flew to Moscow, where Witkoff met officials.")
        #expect(mentions.filter { $0.kind == .person }.allSatisfy { $0.role == nil })
    }

    @Test func anHonorificIsNotPartOfTheName() throws {
        let mentions = extract("Donald Trump spoke on Monday.", "Mr. Trump later left for Florida.")
        let trump = try #require(mentions.first { $0.paragraph == 1 && $0.kind == .person })
        #expect(trump.text == "Trump")
        #expect(trump.name == "Donald Trump")
    }

    @Test func aShortFormIsNamedByTheFullestFormInTheArticle() throws {
        let mentions = extract(
            "President Donald Trump has ruled out committing U.S. troops to Ukraine.",
            "Trump had said the U.S. would provide security guarantees for Ukraine.",
            "“It can’t be NATO,” Trump said."
        )
        let people = mentions.filter { $0.kind == .person }
        #expect(people.count == 3)
        #expect(people.allSatisfy { $0.name == "Donald Trump" })
        #expect(people.map(\.text) == ["Donald Trump", "Trump", "Trump"])
    }

    @Test func aSurnameSharedByTwoPeopleTakesTheNearestFullName() throws {
        let mentions = extract(
            "Hillary Clinton campaigned in Ohio on Tuesday.",
            "Bill Clinton spoke in Little Rock the next day, and Clinton said he was confident."
        )
        let last = try #require(mentions.last { $0.text == "Clinton" })
        #expect(last.name == "Bill Clinton")
    }

    @Test func bothSpellingsOfZelenskyAreThePerson() throws {
        let first = extract("Ukrainian President Volodymyr Zelenskyy met European leaders.", "Zelenskyy said the talks were useful.")
        #expect(try mention("Zelenskyy", in: first).name == "Volodymyr Zelenskyy")
        let second = extract(
            "President Donald Trump met Ukrainian President Volodymyr Zelensky at the White House.",
            "Trump’s meeting with Zelensky comes six months after a visit to Washington."
        )
        #expect(second.filter { $0.text == "Zelensky" }.allSatisfy { $0.kind == .person && $0.name == "Volodymyr Zelensky" })
        #expect(second.filter { $0.text == "Trump" }.allSatisfy { $0.kind == .person && $0.name == "Donald Trump" })
        #expect(second.filter { $0.kind == .person }.count == 4)
    }

    @Test func aNameKeepsOneKindThroughoutTheArticle() {
        let mentions = extract(
            "Jordan signed the accord in Amman on Monday.",
            "Jordan said the accord would hold.",
            "Officials in Jordan welcomed it."
        )
        let kinds = Set(mentions.filter { $0.text == "Jordan" }.map(\.kind))
        #expect(kinds.count == 1)
    }

    @Test(arguments: [
        ("The White House said on Monday that talks would continue.", "White House"),
        ("He called the group the 'Coalition of the Willing', to discuss plans.", "Coalition of the Willing"),
        ("Shares in Acme Holdings Inc. rose 3.5 percent on Friday.", "Acme Holdings Inc."),
        ("The Labour Party won the vote in London.", "Labour Party"),
        ("Russia’s Defence Ministry said its forces had advanced.", "Defence Ministry"),
        ("U.S. European Command head Alexus Grynkewich will also brief officials.", "European Command"),
        ("When asked during a Fox News interview, he declined to answer.", "Fox News"),
    ])
    func findsOrganizationForms(sentence: String, name: String) throws {
        #expect(try mention(name, in: extract(sentence)).kind == .organization)
    }

    @Test func aNameWithACompanyWordIsNeverAPerson() throws {
        let mentions = extract("The loan was arranged by Dai-Ichi Kangyo Bank Ltd and Nomura Securities Co Ltd.")
        #expect(!mentions.contains { $0.kind == .person && ($0.text.contains("Bank") || $0.text.contains("Ltd")) })
    }

    @Test func quotationMarksAroundANameAreNotPartOfIt() throws {
        let sentence = "He called the group the 'Coalition of the Willing', to discuss plans."
        let found = try #require(extract(sentence).first { $0.kind == .organization })
        #expect(found.text == "Coalition of the Willing")
        #expect(found.name == "Coalition of the Willing")
        #expect(Array(sentence.unicodeScalars)[found.start] == "C")
    }

    @Test func headlinesInCapitalsLearnNamesFromTheText() throws {
        let mentions = extract(
            "Russian security chief Alexander Lebed met rebel leaders in Grozny on Sunday.",
            "Lebed said the talks would continue.",
            title: "RUSSIA'S LEBED MEETS CHECHEN REBELS IN GROZNY"
        )
        #expect(try mention("LEBED", in: mentions).kind == .person)
        #expect(try mention("GROZNY", in: mentions).kind == .place)
    }

    @Test func emptyTextHasNoMentions() {
        #expect(EntityExtractor().extract(title: nil, paragraphs: []).isEmpty)
        #expect(EntityExtractor().extract(title: "", paragraphs: ["", "   "]).isEmpty)
    }

    @Test func theSeedArticlesNameTheirPeople() {
        #expect(SeedArticles.all.count == 2)
        for seed in SeedArticles.all {
            let paragraphs = seed.text.split(separator: "\n").map(String.init)
            let people = Set(EntityExtractor().extract(title: nil, paragraphs: paragraphs).filter { $0.kind == .person }.map(\.name))
            #expect(people.contains("Donald Trump"))
            #expect(people.contains { $0.hasPrefix("Volodymyr Zelensky") })
        }
    }
}

@Suite struct EntityExtractorRobustnessTests {
    /// Words, marks and scripts news text mixes, for random paragraphs.
    private static let pieces = [
        "Trump", "U.S.", "Mr.", "O’Brien", "’s", "'s", "can't", "NATO", "Kyiv", "3.5", "1,000", "post-war", "—", "“", "”",
        "(", ")", ".", ",", "!", "?", "…", "e\u{301}", "Zürich", "Москва", "北京", "🇺🇦", "👍🏽", "\u{200B}", "-", "'", "A.",
        "President", "said", "the", "of", "Coalition", "Willing", "White", "House", "Secretary", "State", " ", "  ",
    ]

    @Test(arguments: 0..<40)
    func mentionsAlwaysLocateTheirTextInRandomParagraphs(seed: Int) {
        var random = SplitMix(seed: UInt64(seed))
        let paragraphs = (0..<3).map { _ in
            (0..<Int(random.next() % 40)).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }
                .joined(separator: random.next() % 4 == 0 ? "" : " ")
        }
        let mentions = EntityExtractor().extract(title: paragraphs[0], paragraphs: paragraphs)
        for mention in mentions {
            let source = mention.paragraph.map { paragraphs[$0] } ?? paragraphs[0]
            let scalars = Array(source.unicodeScalars)
            #expect(0 <= mention.start && mention.start < mention.end && mention.end <= scalars.count)
            guard mention.end <= scalars.count, mention.start >= 0, mention.start < mention.end else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[mention.start..<mention.end])
            #expect(String(view) == mention.text)
            #expect(!mention.name.isEmpty)
        }
    }
}
