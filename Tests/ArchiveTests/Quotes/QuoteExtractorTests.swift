import Testing
@testable import Archive

@Suite("QuoteExtractor: direct quotes")
struct DirectQuoteTests {
    @Test(arguments: [
        ("“We will rebuild the port,” the mayor said.", "the mayor", "said"),
        ("“We will rebuild the port,” said the mayor.", "the mayor", "said"),
        ("\"We will rebuild the port,\" Ms. Ortiz told reporters.", "Ms. Ortiz", "told"),
        ("“We will rebuild the port,” Ortiz, the city’s mayor since 2019, said on Tuesday.", "Ortiz", "said"),
        ("“We will rebuild the port,” according to Ortiz.", "Ortiz", "according to"),
        ("Ortiz said: “We will rebuild the port.”", "Ortiz", "said"),
        ("In a statement, Ortiz wrote, “We will rebuild the port.”", "Ortiz", "wrote"),
        ("“We will rebuild the port.” ― Maria Ortiz", "Maria Ortiz", nil),
    ] as [(String, String, String?)])
    func attributionAroundTheQuoteNamesTheSpeaker(_ paragraph: String, _ speaker: String, _ cue: String?) throws {
        let quote = try #require(QuoteFixtures.extract([paragraph]).first)
        #expect(quote.kind == .direct)
        #expect(quote.text.hasPrefix("We will rebuild the port"))
        #expect(quote.speakerText == speaker)
        #expect(quote.cue == cue)
    }

    @Test func offsetsAreScalarsOfTheQuotedWordsWithoutMarks() throws {
        let paragraph = "Zelenskyy’s aide spoke. “Peace is near,” Ortiz said."
        let quote = try #require(QuoteFixtures.extract([paragraph]).first)
        let scalars = Array(paragraph.unicodeScalars)
        #expect(quote.text == "Peace is near")
        #expect(String(String.UnicodeScalarView(scalars[quote.start..<quote.end])) == "Peace is near")
        #expect(quote.paragraph == 0 && quote.endParagraph == 0)
    }

    @Test func apostrophesInsideWordsDoNotOpenQuotes() throws {
        let quotes = QuoteFixtures.extract(["“There’ll be some form of security. It can’t be NATO,” Trump said."])
        let quote = try #require(quotes.first)
        #expect(quotes.count == 1)
        #expect(quote.text == "There’ll be some form of security. It can’t be NATO")
    }

    @Test func scareQuotesWithoutAttributionAreNotQuotations() {
        let paragraph = "Starmer met 30 leaders of the 'Coalition of the Willing' to discuss troops. The so-called “peace dividend” never came."
        #expect(QuoteFixtures.extract([paragraph]).isEmpty)
    }

    @Test func aQuoteInterruptedByItsAttributionIsOneQuotation() throws {
        let paragraph = "“There’ll be some form of security. It can’t be NATO,” Trump said. “They’re willing to put people on the ground.”"
        let quotes = QuoteFixtures.extract([paragraph])
        let quote = try #require(quotes.first)
        #expect(quotes.count == 1)
        #expect(quote.text == "There’ll be some form of security. It can’t be NATO … They’re willing to put people on the ground.")
        #expect(quote.speakerText == "Trump")
        #expect(quote.end == Array(paragraph.unicodeScalars).count - 1)
    }

    @Test func aQuoteOpenAtTheParagraphEndContinuesInTheNextParagraph() throws {
        let paragraphs = [
            "“We are going to work with Ukraine. We are going to work with everybody.",
            "“And I think if we can get to peace, it is going to work,” he said.",
        ]
        let quotes = QuoteFixtures.extract(paragraphs)
        let quote = try #require(quotes.first)
        #expect(quotes.count == 1)
        #expect(quote.paragraph == 0)
        #expect(quote.endParagraph == 1)
        #expect(quote.start == 1)
        #expect(quote.end == QuoteFixtures.offset(of: ",” he said", in: paragraphs[1]))
        #expect(quote.text.hasSuffix("it is going to work"))
        #expect(quote.speakerText == "he")
    }

    @Test func aParagraphOfQuoteTakesThePreviousSpeaker() throws {
        let paragraphs = ["“We will rebuild,” Ortiz said.", "“The port will open in spring.”"]
        let quotes = QuoteFixtures.extract(paragraphs)
        try #require(quotes.count == 2)
        #expect(quotes[1].speakerText == "Ortiz")
        #expect(quotes[1].paragraph == 1)
    }

    @Test func aParagraphEndingInAnIntroductionNamesTheNextQuotesSpeaker() throws {
        let quotes = QuoteFixtures.extract(["Ortiz said in a statement:", "“The port will open in spring.”"])
        let quote = try #require(quotes.first)
        #expect(quote.speakerText == "Ortiz")
        #expect(quote.paragraph == 1)
    }
}

@Suite("QuoteExtractor: reported speech")
struct ReportedSpeechTests {
    @Test(arguments: [
        ("Trump said that Ukraine would have to abandon its plans to join NATO.", "Trump", "said", "Ukraine would have to abandon its plans to join NATO"),
        ("Trump said Ukraine would have to abandon its plans.", "Trump", "said", "Ukraine would have to abandon its plans"),
        ("Trump told reporters that both Europe and the United States would be involved.", "Trump", "told", "both Europe and the United States would be involved"),
        ("The mayor said on Monday that the port would reopen in spring.", "The mayor", "said", "the port would reopen in spring"),
        ("The port will reopen in spring, officials said.", "officials", "said", "The port will reopen in spring"),
        ("The port will reopen in spring, said Ortiz, the mayor.", "Ortiz", "said", "The port will reopen in spring"),
        ("According to press secretary Karoline Leavitt, officials will continue to coordinate options.", "press secretary Karoline Leavitt", "According to", "officials will continue to coordinate options"),
        ("Officials will continue to coordinate options, according to Leavitt.", "Leavitt", "according to", "Officials will continue to coordinate options"),
        ("Kerry, the former secretary of state, said the talks had failed badly.", "Kerry", "said", "the talks had failed badly"),
    ])
    func speechVerbsReportAClause(_ paragraph: String, _ speaker: String, _ cue: String, _ text: String) throws {
        let quote = try #require(QuoteFixtures.extract([paragraph]).first)
        #expect(quote.kind == .indirect)
        #expect(quote.speakerText == speaker)
        #expect(quote.cue == cue)
        #expect(quote.text == text)
    }

    @Test func reportedClauseWithAQuotedFragmentIsMixed() throws {
        let paragraph = "Lavrov said in a statement that his country opposed “any scenarios that envisage deployment of NATO forces in Ukraine.”"
        let quote = try #require(QuoteFixtures.extract([paragraph]).first)
        #expect(quote.kind == .mixed)
        #expect(quote.text == "his country opposed “any scenarios that envisage deployment of NATO forces in Ukraine.”")
        #expect(quote.speakerText == "Lavrov")
    }

    @Test func twoAttributionsInOneSentenceAreTwoQuotations() throws {
        let paragraph = "He said there would be “a lot of help” after the war, but he stressed that Europe would “be the first line of defense.”"
        let quotes = QuoteFixtures.extract([paragraph])
        try #require(quotes.count == 2)
        #expect(quotes[0].text == "there would be “a lot of help” after the war")
        #expect(quotes[0].cue == "said")
        #expect(quotes[1].text == "Europe would “be the first line of defense.”")
        #expect(quotes[1].cue == "stressed")
    }

    @Test func parentheticalAttributionJoinsBothHalves() throws {
        let quote = try #require(QuoteFixtures.extract(["The plan, he said, will fail within a year."]).first)
        #expect(quote.text == "The plan will fail within a year")
        #expect(quote.speakerText == "he")
    }

    @Test(arguments: [
        "He was told to leave the building at once.",
        "The results were announced plans for a new port.",
        "Talks between the two sides resumed in Geneva on Monday.",
    ])
    func sentencesWithoutReportedSpeechGiveNothing(_ paragraph: String) {
        #expect(QuoteFixtures.extract([paragraph]).isEmpty)
    }
}

@Suite("QuoteExtractor: speakers")
struct SpeakerNamingTests {
    @Test func speakerWordsOverlappingAPersonMentionGiveItsName() throws {
        let paragraphs = ["“It can’t be NATO,” Trump said."]
        let trump = QuoteFixtures.person("Trump", name: "Donald Trump", in: paragraphs, paragraph: 0)
        let quote = try #require(QuoteFixtures.extract(paragraphs, [trump]).first)
        #expect(quote.speaker == "Donald Trump")
        #expect(quote.speakerText == "Trump")
    }

    @Test func pronounNamesTheMostRecentPersonSubject() throws {
        let paragraphs = [
            "Trump told reporters that Europe would be involved in securing the peace with Zelensky.",
            "Pressed further, he said there would be “a lot of help when it comes to security” in any settlement.",
        ]
        let mentions = [
            QuoteFixtures.person("Trump", name: "Donald Trump", in: paragraphs, paragraph: 0),
            QuoteFixtures.person("Zelensky", name: "Volodymyr Zelensky", in: paragraphs, paragraph: 0),
        ]
        let quotes = QuoteFixtures.extract(paragraphs, mentions)
        let quote = try #require(quotes.last)
        #expect(quote.kind == .mixed)
        #expect(quote.speakerText == "he")
        #expect(quote.speaker == "Donald Trump")
    }

    @Test func sheSkipsAManWhoSpokeMoreRecently() throws {
        let paragraphs = ["Mrs. Clinton spoke first. “We can win,” Mr. Kaine said.", "She said the campaign would return to Ohio next week."]
        let mentions = [
            QuoteFixtures.person("Clinton", name: "Hillary Clinton", in: paragraphs, paragraph: 0),
            QuoteFixtures.person("Kaine", name: "Tim Kaine", in: paragraphs, paragraph: 0),
        ]
        let quote = try #require(QuoteFixtures.extract(paragraphs, mentions).last)
        #expect(quote.speaker == "Hillary Clinton")
    }

    @Test func aNameModifyingANounIsNotTheSubjectAPronounTakes() throws {
        let paragraphs = [
            "Sanders adviser Mark Hale spent the night counting ballots in Dubuque.",
            "“We are ahead in every county,” he said.",
        ]
        let mentions = [
            QuoteFixtures.person("Sanders", name: "Bernie Sanders", in: paragraphs, paragraph: 0),
            QuoteFixtures.person("Mark Hale", name: "Mark Hale", in: paragraphs, paragraph: 0),
        ]
        let quote = try #require(QuoteFixtures.extract(paragraphs, mentions).last)
        #expect(quote.speaker == "Mark Hale")
    }

    @Test func aNameAfterTheIsACampaignNotItsSubject() throws {
        let paragraphs = [
            "“Turnout decides this state,” said Rosa Vance, who chairs the county party.",
            "The Morales campaign, in Vance’s view, took young voters for granted.",
            "“They have a real problem,” she said.",
        ]
        let mentions = [
            QuoteFixtures.person("Rosa Vance", name: "Rosa Vance", in: paragraphs, paragraph: 0),
            QuoteFixtures.person("Morales", name: "Elena Morales", in: paragraphs, paragraph: 1),
            QuoteFixtures.person("Vance", name: "Rosa Vance", in: paragraphs, paragraph: 1),
        ]
        let quote = try #require(QuoteFixtures.extract(paragraphs, mentions).last)
        #expect(quote.speaker == "Rosa Vance")
    }

    @Test func aRoleNobodyHoldsNamesThePersonInView() throws {
        let paragraphs = [
            "Dana Whitfield toured the shipyard in Norfolk on Friday.",
            "“We will build ships here again,” the Chicago businesswoman said.",
        ]
        let mentions = [
            QuoteFixtures.person("Dana Whitfield", name: "Dana Whitfield", in: paragraphs, paragraph: 0),
            EntityMention(text: "Chicago", kind: .place, name: "Chicago", paragraph: 1, start: QuoteFixtures.offset(of: "Chicago", in: paragraphs[1])!, end: QuoteFixtures.offset(of: "Chicago", in: paragraphs[1])! + 7),
        ]
        let quote = try #require(QuoteFixtures.extract(paragraphs, mentions).first)
        #expect(quote.speakerText == "the Chicago businesswoman")
        #expect(quote.speaker == "Dana Whitfield")
    }

    @Test func anUnnamedOfficialIsNotThePersonInView() throws {
        let paragraphs = [
            "Dana Whitfield toured the shipyard in Norfolk on Friday.",
            "“The yard is not ready,” the official said.",
        ]
        let mentions = [QuoteFixtures.person("Dana Whitfield", name: "Dana Whitfield", in: paragraphs, paragraph: 0)]
        let quote = try #require(QuoteFixtures.extract(paragraphs, mentions).first)
        #expect(quote.speakerText == "the official")
        #expect(quote.speaker == nil)
    }

    @Test func roleNounNamesThePersonWithThatRoleAndNationality() throws {
        let paragraphs = [
            "President Donald Trump met Ukrainian President Volodymyr Zelensky on Monday.",
            "The Ukrainian leader said the talks had been the best so far.",
        ]
        let mentions = [
            QuoteFixtures.person("Donald Trump", name: "Donald Trump", in: paragraphs, paragraph: 0, role: "President"),
            QuoteFixtures.person("Volodymyr Zelensky", name: "Volodymyr Zelensky", in: paragraphs, paragraph: 0, role: "Ukrainian President"),
        ]
        let quote = try #require(QuoteFixtures.extract(paragraphs, mentions).first)
        #expect(quote.speakerText == "The Ukrainian leader")
        #expect(quote.speaker == "Volodymyr Zelensky")
    }

    @Test(arguments: ["sources said", "officials said", "a source said", "analysts say"])
    func unnamedSourcesKeepTheirWordsButNoName(_ attribution: String) throws {
        let paragraphs = ["The talks will resume in Geneva next week, \(attribution)."]
        let trump = QuoteFixtures.person("Trump", name: "Donald Trump", in: ["Trump"], paragraph: 0)
        let quote = try #require(QuoteFixtures.extract(paragraphs, [trump]).first)
        #expect(quote.speaker == nil)
        #expect(quote.speakerText == String(attribution.split(separator: " ").dropLast().joined(separator: " ")))
    }

    @Test func anOrganizationSpeakingIsNotAPerson() throws {
        let paragraphs = ["The New York Post reports that the team avoided the emergency room on Sunday."]
        let quote = try #require(QuoteFixtures.extract(paragraphs).first)
        #expect(quote.speakerText == "The New York Post")
        #expect(quote.speaker == nil)
    }
}

@Suite("QuoteExtractor: wider reporting")
struct WiderReportingTests {
    @Test(arguments: [
        ("The campaign declined to comment on the report.", "The campaign", "declined", "to comment on the report"),
        ("Ortiz vowed to rebuild the port within a year.", "Ortiz", "vowed", "to rebuild the port within a year"),
        ("Ortiz urged Congress to fund the port repairs.", "Ortiz", "urged", "Congress to fund the port repairs"),
        ("Reporters asked whether the port would reopen in spring.", "Reporters", "asked", "whether the port would reopen in spring"),
        ("A new poll shows Ortiz leading by five points.", "A new poll", "shows", "Ortiz leading by five points"),
    ])
    func intentionsRequestsQuestionsAndEvidenceAreReported(_ paragraph: String, _ speaker: String, _ cue: String, _ text: String) throws {
        let quote = try #require(QuoteFixtures.extract([paragraph]).first)
        #expect(quote.speakerText == speaker)
        #expect(quote.cue == cue)
        #expect(quote.text == text)
    }

    @Test func evidenceVerbsNeedThatAfterAPerson() {
        #expect(QuoteFixtures.extract(["Ortiz shows visitors around the port every Monday."]).isEmpty)
    }

    @Test func accordingToBetweenCommasReportsBothSides() throws {
        let quote = try #require(QuoteFixtures.extract(["Fundraising, according to the campaign, has surged since June."]).first)
        #expect(quote.text == "Fundraising has surged since June")
        #expect(quote.speakerText == "the campaign")
    }

    @Test func aClaimNounReportsItsThatClause() throws {
        let quote = try #require(QuoteFixtures.extract(["Voters rejected Ortiz’s claim that the port would reopen in spring."]).first)
        #expect(quote.text == "the port would reopen in spring")
        #expect(quote.speakerText == "Ortiz")
    }

    @Test func aNamingVerbAttributesTheQuotedName() throws {
        let quote = try #require(QuoteFixtures.extract(["Ortiz, who called the plan “a disaster for the city,” left early."]).first)
        #expect(quote.kind == .mixed)
        #expect(quote.text == "a disaster for the city")
        #expect(quote.speakerText == "Ortiz")
        #expect(quote.cue == "called")
    }

    @Test func aParticipleIntroductionTakesTheSentencesSubject() throws {
        let quote = try #require(QuoteFixtures.extract(["Ortiz mocked the plan on Monday, tweeting, “Nobody believes this.”"]).first)
        #expect(quote.kind == .direct)
        #expect(quote.speakerText == "Ortiz")
        #expect(quote.cue == "tweeting")
    }

    @Test func addingThatContinuesTheSameSpeaker() throws {
        let quotes = QuoteFixtures.extract(["Ortiz said the port would reopen, adding that the city would pay for the repairs."])
        try #require(quotes.count == 2)
        #expect(quotes[0].text == "the port would reopen")
        #expect(quotes[1].text == "the city would pay for the repairs")
        #expect(quotes[1].speakerText == "Ortiz")
        #expect(quotes[1].cue == "adding")
    }

    @Test func aRelativeWhoSpeaksForThePhraseBeforeIt() throws {
        let quote = try #require(QuoteFixtures.extract(["“We will rebuild,” said Beck, who said there were too many delays."]).last)
        #expect(quote.text == "there were too many delays")
        #expect(quote.speakerText == "Beck")
    }

    @Test func capitalisedWordsAreNotSpeechVerbs() throws {
        let paragraph = "“We will rebuild,” Michael Ortiz, a former United States ambassador to Chile, said on Monday."
        let quote = try #require(QuoteFixtures.extract([paragraph]).first)
        #expect(quote.speakerText == "Michael Ortiz")
    }
}

@Suite("QuoteExtractor: entity input")
struct EntityInputTests {
    @Test func mentionsOutsideTheParagraphsAreIgnored() throws {
        let stray = EntityMention(text: "Ortiz", kind: .person, name: "Maria Ortiz", paragraph: 7, start: 0, end: 5)
        let quote = try #require(QuoteFixtures.extract(["“We will rebuild,” he said."], [stray]).first)
        #expect(quote.speaker == nil)
        #expect(quote.speakerText == "he")
    }

    @Test func speakerWordsMatchingNoFoundPersonNameNobody() throws {
        let paragraphs = ["Ortiz spoke first. The port will reopen in spring, Politifact said."]
        let ortiz = QuoteFixtures.person("Ortiz", name: "Maria Ortiz", in: paragraphs, paragraph: 0)
        let quote = try #require(QuoteFixtures.extract(paragraphs, [ortiz]).last)
        #expect(quote.speakerText == "Politifact")
        #expect(quote.speaker == nil)
    }

    @Test func withoutAnyMentionsANameInTheAttributionIsTheSpeaker() throws {
        let quote = try #require(QuoteFixtures.extract(["The port will reopen in spring, said U.S. envoy Steve Witkoff."]).first)
        #expect(quote.speakerText == "U.S. envoy Steve Witkoff")
        #expect(quote.speaker == "Steve Witkoff")
    }

    @Test func titleMentionsDoNotNameSpeakers() throws {
        let title = EntityMention(text: "Ortiz", kind: .person, name: "Maria Ortiz", paragraph: nil, start: 0, end: 5)
        let quote = try #require(QuoteFixtures.extract(["“We will rebuild,” she said."], [title]).first)
        #expect(quote.speaker == nil)
    }
}

@Suite("QuoteExtractor: who a pronoun or a role phrase names")
struct SpeakerResolutionTests {
    @Test func theGivenNameBeforeTheSurnameGivesTheGender() throws {
        let paragraphs = [
            "On the radio, Clinton praised officer Pat Ruiz for finding the missing boy Devon Reyes.",
            "“We owe him everything,” she said.",
        ]
        let mentions = [
            // A fullest form that picked up a headline's words in front of the name.
            QuoteFixtures.person("Clinton", name: "Eric Holt Praises Karen Clinton", in: paragraphs, paragraph: 0),
            QuoteFixtures.person("Pat Ruiz", name: "Pat Ruiz", in: paragraphs, paragraph: 0),
            QuoteFixtures.person("Devon Reyes", name: "Devon Reyes", in: paragraphs, paragraph: 0),
        ]
        let quote = try #require(QuoteFixtures.extract(paragraphs, mentions).last)
        #expect(quote.speaker == "Eric Holt Praises Karen Clinton")
    }

    @Test func aRolePhraseOfOnePartySkipsAnotherPartysHolder() throws {
        let paragraphs = [
            "Libertarian presidential nominee Gary Stone spoke in Denver.",
            "Donald Marsh held a rally in Ohio on Friday.",
            "The Republican presidential nominee said the rally was the biggest yet.",
        ]
        let mentions = [
            QuoteFixtures.person("Gary Stone", name: "Gary Stone", in: paragraphs, paragraph: 0, role: "presidential nominee"),
            QuoteFixtures.person("Donald Marsh", name: "Donald Marsh", in: paragraphs, paragraph: 1),
        ]
        let quote = try #require(QuoteFixtures.extract(paragraphs, mentions).last)
        #expect(quote.speakerText == "The Republican presidential nominee")
        #expect(quote.speaker == "Donald Marsh")
    }

    @Test func aPersonInsideAnOrganizationsNameIsNotAnAntecedent() throws {
        let paragraphs = [
            "The Commission on Presidential Debates said Donald Marsh’s microphone had failed.",
            "“It was a disaster,” he said.",
        ]
        let commission = QuoteFixtures.person("Commission", name: "Commission", in: paragraphs, paragraph: 0)
        let mentions = [
            EntityMention(text: "Commission", kind: .organization, name: "Commission", paragraph: 0, start: commission.start, end: commission.end),
            QuoteFixtures.person("Debates", name: "Debates", in: paragraphs, paragraph: 0),
            QuoteFixtures.person("Donald Marsh", name: "Donald Marsh", in: paragraphs, paragraph: 0),
        ]
        let quote = try #require(QuoteFixtures.extract(paragraphs, mentions).last)
        #expect(quote.speaker == "Donald Marsh")
    }
}

@Suite("QuoteExtractor: attributions without a subject before the verb")
struct SubjectlessAttributionTests {
    @Test func aNameBeforeAParticipleSpeaks() throws {
        let quote = try #require(QuoteFixtures.extract(["The new ad shows footage of Dana Whitfield saying, “We will build ships here again.”"]).first)
        #expect(quote.speakerText == "Dana Whitfield")
        #expect(quote.cue == "saying")
    }

    @Test func aPlaceBeforeAParticipleDoesNotSpeak() throws {
        let quote = try #require(QuoteFixtures.extract(["Whitfield answered the question on Facebook writing, “We will build ships here again.”"]).first)
        #expect(quote.speakerText == "Whitfield")
    }

    @Test func aSecondVerbSharesTheSentencesSubject() throws {
        let quote = try #require(QuoteFixtures.extract(["Whitfield, the former mayor, toured the yard and said: “We will build ships here again.”"]).first)
        #expect(quote.speakerText == "Whitfield")
        #expect(quote.cue == "said")
    }

    @Test func aCapitalisedVerbOpeningTheSentenceIsNotItsSubject() throws {
        let quote = try #require(QuoteFixtures.extract(["Asked whether the yard would reopen, Whitfield smiled and said, “Of course.”"]).first)
        #expect(quote.speakerText != "Asked")
    }

    @Test func claimsAfterANameIsTheVerb() throws {
        let quote = try #require(QuoteFixtures.extract(["But Whitfield claims that the yard will reopen in the spring."]).first)
        #expect(quote.speakerText == "Whitfield")
        #expect(quote.cue == "claims")
    }
}

@Suite("QuoteExtractor: transcripts")
struct TranscriptTests {
    @Test func eachLabelledTurnIsAQuotationOfItsSpeaker() throws {
        let paragraphs = [
            "\"HOLT: Let us begin with the economy. Why are you the better choice?",
            "\"RIVERA: Well, look, the numbers speak for themselves.",
            "\"HOLT: Thank you, we will come back to that.",
        ]
        let quotes = QuoteFixtures.extract(paragraphs)
        try #require(quotes.count == 3)
        #expect(quotes.map(\.speakerText) == ["HOLT", "RIVERA", "HOLT"])
        #expect(quotes.map(\.paragraph) == [0, 1, 2])
        #expect(quotes[1].text == "Well, look, the numbers speak for themselves.")
    }

    @Test func aTurnQuotingSomeoneElseStaysOneQuotation() throws {
        let quotes = QuoteFixtures.extract(["\"HOLT: As “The Herald” wrote, the plan shows people want change. Do you agree?"])
        let quote = try #require(quotes.first)
        #expect(quotes.count == 1)
        #expect(quote.speakerText == "HOLT")
        #expect(quote.kind == .direct)
        #expect(quote.text.hasPrefix("As “The Herald” wrote"))
    }
}

@Suite("QuoteExtractor: an inverted attribution after a quoted fragment")
struct InvertedAfterFragmentTests {
    @Test(arguments: [
        "Both parties “saw the port as a lost cause,” said Dana Whitfield, who ran the yard for a decade.",
        "Both parties ''saw the port as a lost cause,'' said Dana Whitfield, who ran the yard for a decade.",
    ])
    func theSpeakerAfterTheClosingMarkSaysTheSentence(_ paragraph: String) throws {
        let quote = try #require(QuoteFixtures.extract([paragraph]).first)
        #expect(quote.kind == .mixed)
        #expect(quote.speakerText == "Dana Whitfield")
        #expect(quote.text.hasPrefix("Both parties"))
    }

    @Test func theNextQuoteInTheParagraphKeepsThatSpeaker() throws {
        let paragraph = "Both parties “saw the port as a lost cause,” said Dana Whitfield, who ran the yard for a decade. “It was like pushing on an open door.”"
        let quotes = QuoteFixtures.extract([paragraph])
        try #require(quotes.count == 2)
        #expect(quotes[1].text == "It was like pushing on an open door.")
        #expect(quotes[1].speakerText == "Dana Whitfield")
    }
}
