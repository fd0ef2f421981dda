/// Names the speaker of each quotation from the article's person mentions.
///
/// - Speaker words that overlap a person mention name that person (`Trump said` → Donald Trump).
/// - `he` and `she` name the most recent person who spoke or opened a sentence before the quote.
/// - A role phrase (`the American leader`, `the senator`) names the most recent person whose role
///   carries the same noun or nationality.
/// - A quotation with no attribution of its own takes the previous quotation's speaker when that
///   one ends at most two paragraphs before it (the same passage).
/// Anything else (`sources said`, `officials said`) keeps its words with no name: never a guess.
struct SpeakerResolver {
    private let paragraphs: [ScalarText]
    private let mentions: [EntityMention]
    private let people: [EntityMention]
    /// Person mentions that are the first person named in their sentence as a subject could be, the likeliest subjects.
    private let subjects: Set<Position>
    /// Surnames the article gives a gendered title (`Mr. Trump`, `Mrs. Clinton`).
    private let titledGenders: [String: Gender]

    init(paragraphs: [ScalarText], entities: [EntityMention]) {
        self.paragraphs = paragraphs
        self.mentions = entities
            .filter { $0.paragraph.map { paragraphs.indices.contains($0) } ?? false }
            .sorted { ($0.paragraph!, $0.start) < ($1.paragraph!, $1.start) }
        // People named inside quotation marks are talked about, not talking: they never stand behind a later "he".
        var quoted: [Int: [Range<Int>]] = [:]
        for (index, text) in paragraphs.enumerated() {
            quoted[index] = QuoteSpan.find(in: text.scalars).filter { !$0.isSingle }.map { $0.contentStart..<$0.contentEnd }
        }
        let organizations = mentions.filter { $0.kind == .organization }
        self.people = mentions.filter { mention in
            mention.kind == .person && !(quoted[mention.paragraph!] ?? []).contains { $0.contains(mention.start) }
                && !organizations.contains { Self.continues($0, into: mention, in: paragraphs[mention.paragraph!]) }
        }
        let splitter = SentenceSplitter()
        var subjects: Set<Position> = []
        for paragraph in Set(people.compactMap(\.paragraph)) {
            let inParagraph = people.filter { $0.paragraph == paragraph }
            for sentence in splitter.sentences(in: paragraphs[paragraph].scalars) {
                if let first = inParagraph.first(where: { sentence.contains($0.start) && Self.canBeSubject($0, in: paragraphs[paragraph]) }) {
                    subjects.insert(Position(paragraph: paragraph, offset: first.start))
                }
            }
        }
        self.subjects = subjects
        var titled: [String: Gender] = [:]
        for text in paragraphs {
            for (index, token) in text.tokens.enumerated() where index + 2 < text.tokens.count && text.tokens[index + 2].isCapitalized {
                guard text.isPunctuation(index + 1, ".") else { continue }
                switch token.folded {
                case "mr": titled[text.tokens[index + 2].folded] = .male
                case "mrs", "ms": titled[text.tokens[index + 2].folded] = .female
                default: break
                }
            }
        }
        self.titledGenders = titled
    }

    private struct Candidate {
        var paragraph: Int
        var offset: Int
        var name: String
        var words: String
    }

    func resolve(_ drafts: [QuoteDraft]) -> [Quotation] {
        var quotations: [Quotation] = []
        var speakers: [Candidate] = []
        var previous: (paragraph: Int, quotation: Quotation)?
        for draft in drafts {
            var speaker: String?
            var speakerText: String?
            let cue = draft.cue
            if let place = draft.speaker {
                let words = Self.cleaned(paragraphs[place.paragraph].string(place.range))
                speakerText = words
                speaker = name(for: words, at: place, speakers: speakers)
                if let speaker { speakers.append(Candidate(paragraph: place.paragraph, offset: place.range.lowerBound, name: speaker, words: words)) }
            } else if draft.inheritsSpeaker, let previous, draft.first.paragraph - previous.paragraph <= 2 {
                speaker = previous.quotation.speaker
                speakerText = previous.quotation.speakerText
            }
            let text = Self.joined(draft.pieces, in: paragraphs, markingCuts: draft.kind == .direct)
            let quotation = Quotation(
                text: text, kind: draft.kind, speaker: speaker, speakerText: speakerText, cue: cue,
                paragraph: draft.first.paragraph, endParagraph: draft.last.paragraph,
                start: draft.first.range.lowerBound, end: draft.last.range.upperBound
            )
            quotations.append(quotation)
            if speakerText != nil { previous = (draft.last.paragraph, quotation) }
        }
        return quotations
    }

    /// The pieces of one quotation as one text. Pieces of one paragraph were cut apart by an
    /// attribution; in a direct quotation (“A,” Trump said. “B.”) an ellipsis marks the cut, as
    /// the words are the speaker's own. Paragraphs, and reported speech, join with a space.
    static func joined(_ pieces: [TextPlace], in paragraphs: [ScalarText], markingCuts: Bool) -> String {
        var text = ""
        for (index, piece) in pieces.enumerated() {
            if index > 0 { text += markingCuts && pieces[index - 1].paragraph == piece.paragraph ? " … " : " " }
            text += paragraphs[piece.paragraph].string(piece.range)
        }
        return text
    }

    private func name(for words: String, at place: TextPlace, speakers: [Candidate]) -> String? {
        let overlapping = mentions.filter { $0.paragraph == place.paragraph && $0.start < place.range.upperBound && place.range.lowerBound < $0.end }
        if let person = overlapping.filter({ $0.kind == .person }).max(by: { Self.overlap($0, place.range) < Self.overlap($1, place.range) }) {
            return person.name
        }
        let folded = words.lowercased()
        // A place or an organization inside a role phrase only qualifies it (`the New York businessman`).
        if !overlapping.isEmpty, !folded.hasPrefix("the ") { return nil }
        if let pronoun = Self.personalPronouns[folded] {
            return mostRecentSubject(before: place, gender: pronoun == "she" ? .female : .male, speakers: speakers)
        }
        if folded.hasPrefix("the ") {
            let description = folded.split(separator: " ").dropFirst().map(String.init)
            guard let head = description.last, Self.roleNouns.contains(head) else { return nil }
            // `the New York businessman` with no one holding the role in the article: the person in view, as `he` would be.
            if let holder = roleHolder(description, before: place) { return holder }
            return Self.personInViewNouns.contains(head) ? mostRecentSubject(before: place, gender: nil, speakers: speakers) : nil
        }
        guard let written = Self.personName(in: words) else { return nil }
        let nameWords = Self.nameWords(written)
        if let person = people.last(where: { Self.isBefore($0, place) && nameWords.isSubset(of: Self.nameWords($0.name)) })
            ?? people.first(where: { nameWords.isSubset(of: Self.nameWords($0.name)) }) {
            return person.name
        }
        // When the entity extractor found people but not this one, the words name no person ("It", "Politifact").
        guard people.isEmpty else { return nil }
        // With no mentions at all, the fullest form an earlier attribution used ("Trump" after "Donald Trump said").
        let earlier = speakers.map(\.name).filter { nameWords.isSubset(of: Self.nameWords($0)) }
        return earlier.max { $0.count < $1.count } ?? written
    }

    /// The person's name at the end of speaker words that name no mention: `U.S. special envoy
    /// Steve Witkoff` → `Steve Witkoff`, `Mr. Trump` → `Trump`. Nil for unnamed sources, role
    /// phrases and what reads as an organization (`The New York Post`, `the Clinton campaign`).
    static func personName(in words: String) -> String? {
        let parts = words.split(separator: " ").map(String.init)
        var start = parts.count
        while start > 0, let first = parts[start - 1].unicodeScalars.first, first.properties.isUppercase || parts[start - 1].hasPrefix("(") == false && Self.nameParticles.contains(parts[start - 1]) {
            start -= 1
        }
        var name = Array(parts[start...])
        if start > 0, parts[start - 1].lowercased() == "the" { return nil }
        while let first = name.first, SpeechLexicon.titleWords.contains(first.lowercased().trimmingSuffix(".")) || roleNouns.contains(first.lowercased()) || first == "The" {
            if first == "The" { return nil }
            name.removeFirst()
        }
        guard !name.isEmpty, !name.contains(where: { organizationWords.contains($0.lowercased()) }) else { return nil }
        if name.count == 1, let word = name.first?.lowercased(),
           SpeechLexicon.pronouns.contains(word) || SpeechLexicon.sourceNouns.contains(word) || notNames.contains(word) {
            return nil
        }
        return name.joined(separator: " ")
    }

    /// The latest person before `place` who spoke or opened a sentence and whose gender, where
    /// known, fits the pronoun; without mentions, the latest named speaker.
    private func mostRecentSubject(before place: TextPlace, gender wanted: Gender?, speakers: [Candidate]) -> String? {
        func fits(_ name: String) -> Bool { wanted.flatMap { wanted in gender(of: name).map { $0 == wanted } } ?? true }
        let subject = people.last { mention in
            Self.isBefore(mention, place) && subjects.contains(Position(paragraph: mention.paragraph!, offset: mention.start)) && fits(mention.name)
        }
        let speaker = speakers.last { ($0.paragraph, $0.offset) < (place.paragraph, place.range.lowerBound) && !Self.isPronoun($0.words) && fits($0.name) }
        switch (subject, speaker) {
        case let (subject?, speaker?):
            return (subject.paragraph!, subject.start) > (speaker.paragraph, speaker.offset) ? subject.name : speaker.name
        case let (subject?, nil): return subject.name
        case let (nil, speaker?): return speaker.name
        case (nil, nil): return people.last { Self.isBefore($0, place) && fits($0.name) }?.name
        }
    }

    /// Whether a "person" is the end of an organization's name (`the Commission on Presidential Debates`).
    private static func continues(_ organization: EntityMention, into person: EntityMention, in text: ScalarText) -> Bool {
        guard organization.paragraph == person.paragraph, organization.end <= person.start, person.start - organization.end < 40 else { return false }
        let between = text.firstToken(atOrAfter: organization.end)..<text.firstToken(atOrAfter: person.start)
        guard let first = between.first, between.count <= 4, ["of", "on", "for"].contains(text.tokens[first].folded),
              text.tokens[first].start - organization.end <= 1 else { return false }
        return between.dropFirst().allSatisfy { text.tokens[$0].isCapitalized }
    }

    /// Whether a person mention can be the subject of its sentence: not the possessor of someone
    /// acting for them (`Trump’s lawyer`), not a modifier (`the Clinton campaign`, `Obama adviser Ann
    /// Lee`, `Montclair State University`) and not compared (`Like Smith, Jones said`).
    private static func canBeSubject(_ mention: EntityMention, in text: ScalarText) -> Bool {
        let first = text.firstToken(atOrAfter: mention.start)
        if first > 0, text.tokens[first - 1].isWord, nonSubjectOpeners.contains(text.tokens[first - 1].folded) { return false }
        var next = text.firstToken(atOrAfter: mention.end)
        // `Carson’s plan …, he said` keeps Carson in view; `Carson’s campaign manager` does not.
        let possessive = mention.end < text.scalars.count && ScalarText.isApostrophe(text.scalars[mention.end])
        if possessive {
            while next < text.tokens.count, !text.tokens[next].isWord || text.tokens[next].start < mention.end + 2 { next += 1 }
        }
        guard next < text.tokens.count, text.tokens[next].isWord, possessive || text.tokens[next].start == mention.end + 1 else { return true }
        let word = text.tokens[next].folded
        if actingNouns.contains(word) { return false }
        if possessive { return true }
        if text.tokens[next].isCapitalized {
            let following = next + 1 < text.tokens.count && text.tokens[next + 1].isCapitalized ? text.tokens[next + 1].folded : ""
            return !organizationWords.contains(word) && !organizationWords.contains(following)
        }
        return !modifiedNouns.contains(word)
    }

    /// Words before a name that make it something other than its sentence's subject.
    private static let nonSubjectOpeners: Set<String> = ["the", "a", "an", "like", "unlike", "including"]
    /// People and bodies that act for a named person (`Trump’s lawyer`, `the Clinton campaign`, `Sanders supporters`).
    private static let actingNouns: Set<String> = [
        "campaign", "campaigns", "administration", "team", "camp", "aide", "aides", "adviser", "advisers", "advisor",
        "advisors", "supporter", "supporters", "spokesman", "spokeswoman", "spokesperson", "ally", "allies", "loyalist",
        "loyalists", "surrogate", "surrogates", "staff", "staffer", "staffers", "consultant", "strategist", "pollster",
        "lawyer", "lawyers", "attorney", "attorneys", "manager", "operative", "operatives", "official", "officials",
        "critic", "critics", "voter", "voters", "backer", "backers", "donor", "donors", "fan", "fans", "delegate",
        "delegates", "biographer", "appointee", "appointees", "associate", "associates", "organizers", "foundation",
        "organization",
    ]
    /// Things a name can modify without a possessive (`a Trump rally`, `the Obama era`).
    private static let modifiedNouns: Set<String> = [
        "presidency", "era", "rally", "rallies", "speech", "tweet", "tweets", "plan", "plans", "policy", "policies",
        "proposal", "proposals", "nomination", "victory", "win", "candidacy",
    ]

    private enum Gender { case male, female }

    /// A person's gender as the article shows it (`Mr.`, `Mrs.`, `Ms.` before the surname) or, failing that, as their first name commonly is.
    private func gender(of name: String) -> Gender? {
        var words = name.split(separator: " ").map { $0.lowercased() }
        while let last = words.last, Self.nameSuffixes.contains(last) { words.removeLast() }
        if let last = words.last, let titled = titledGenders[last] { return titled }
        guard words.count > 1, let first = words.first else { return nil }
        // The given name stands just before the surname, past initials (`Donald J. Trump`), even when a
        // mention's fullest form has picked up words in front of it.
        let given = words.dropLast().last { !$0.hasSuffix(".") } ?? first
        for word in [given, first] {
            if Self.femaleNames.contains(word) { return .female }
            if Self.maleNames.contains(word) { return .male }
        }
        return nil
    }

    private struct Position: Hashable {
        var paragraph: Int
        var offset: Int
    }

    /// The latest person before `place` whose role shares the phrase's noun or nationality (`the Ukrainian leader`).
    private func roleHolder(_ words: [String], before place: TextPlace) -> String? {
        guard let head = words.last, Self.roleNouns.contains(head) else { return nil }
        let qualifiers = words.dropLast().filter { !Self.roleNouns.contains($0) && !Self.rankAdjectives.contains($0) }
        let heads = Self.roleSynonyms[head].map { $0.union([head]) } ?? [head]
        let party = words.first { Self.parties[$0] != nil }.flatMap { Self.parties[$0] }
        return people.last { mention in
            guard Self.isBefore(mention, place), let role = mention.role?.lowercased() else { return false }
            let roleWords = role.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." }).map(String.init)
            let sameNoun = Self.genericRoleNouns.contains(head) || roleWords.contains { heads.contains($0) }
            let sameNation = qualifiers.allSatisfy { qualifier in
                roleWords.contains { Self.sameNation($0, qualifier) }
            }
            return sameNoun && sameNation && (party == nil || self.party(of: mention) == party)
        }?.name
    }

    /// The party written just before a mention's role and name (`Libertarian presidential nominee Gary Johnson`).
    private func party(of mention: EntityMention) -> String? {
        let text = paragraphs[mention.paragraph!]
        let first = text.firstToken(atOrAfter: mention.start)
        for index in stride(from: first - 1, through: max(0, first - 5), by: -1) {
            guard text.tokens[index].isWord else { break }
            if let party = Self.parties[text.tokens[index].folded] { return party }
        }
        return nil
    }

    private static let parties: [String: String] = [
        "democratic": "democratic", "democrat": "democratic", "republican": "republican", "gop": "republican",
        "libertarian": "libertarian", "green": "green",
    ]

    private static func sameNation(_ roleWord: String, _ qualifier: String) -> Bool {
        if roleWord == qualifier { return true }
        if qualifier == "american" { return ["u.s.", "us", "united", "america", "american"].contains(roleWord) }
        if qualifier == "british" { return ["u.k.", "uk", "britain", "british"].contains(roleWord) }
        let stem = qualifier.prefix(4)
        return stem.count == 4 && roleWord.hasPrefix(stem)
    }

    private static func overlap(_ mention: EntityMention, _ range: Range<Int>) -> Int {
        min(mention.end, range.upperBound) - max(mention.start, range.lowerBound)
    }

    private static func isBefore(_ mention: EntityMention, _ place: TextPlace) -> Bool {
        guard let paragraph = mention.paragraph else { return false }
        return (paragraph, mention.start) < (place.paragraph, place.range.lowerBound)
    }

    private static func isPronoun(_ words: String) -> Bool {
        SpeechLexicon.pronouns.contains(words.lowercased())
    }

    /// Capitalised words of a name, without titles (`Mr. Trump` → trump).
    static func nameWords(_ text: String) -> Set<String> {
        var words: Set<String> = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { continue }
            let folded = word.lowercased().trimmingSuffix(".")
            if SpeechLexicon.titleWords.contains(folded) || SpeechLexicon.determiners.contains(folded) || roleNouns.contains(folded) { continue }
            words.insert(folded.replacingApostropheS())
        }
        return words
    }

    /// Speaker words as a reader would quote them: no trailing comma or possessive.
    static func cleaned(_ words: String) -> String {
        var words = Substring(words)
        while let last = words.last, last == "," || last == " " { words = words.dropLast() }
        if words.hasSuffix("’s") || words.hasSuffix("'s") { words = words.dropLast(2) }
        return String(words)
    }

    private static let personalPronouns = ["he": "he", "she": "she", "his": "he", "her": "she", "him": "he"]

    static let roleNouns: Set<String> = [
        "leader", "president", "senator", "candidate", "nominee", "governor", "secretary", "minister", "chancellor",
        "mayor", "congressman", "congresswoman", "lawmaker", "chairman", "chairwoman", "director", "businessman",
        "billionaire", "democrat", "republican", "speaker", "prosecutor", "judge", "official", "envoy", "ambassador",
        "premier", "king", "queen", "pope", "general", "commander", "spokesman", "spokeswoman", "host", "mogul",
        "rep", "sen", "gov", "vice", "prime", "first", "lady", "former", "chief", "executive", "ceo", "founder",
        "businesswoman", "tycoon", "magnate", "front-runner", "frontrunner", "neurosurgeon",
    ]
    /// Role nouns that, with "the", stand for a person the article has already named (`the billionaire`,
    /// `the Texas senator`), unlike `the official` or `the spokesman`, who may be unnamed.
    private static let personInViewNouns: Set<String> = [
        "nominee", "candidate", "businessman", "businesswoman", "billionaire", "mogul", "tycoon", "magnate", "senator",
        "governor", "congressman", "congresswoman", "mayor", "front-runner", "frontrunner", "neurosurgeon",
    ]
    private static let femaleNames: Set<String> = [
        "hillary", "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy",
        "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy",
        "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine",
        "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane", "virginia", "julie",
        "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl",
        "andrea", "hannah", "martha", "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn", "sara", "janice",
        "jean", "alice", "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly",
        "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte", "rose",
        "alexis", "kayla", "melania", "ivanka", "chelsea", "kellyanne", "huma", "loretta", "condoleezza", "nikki",
        "sonia", "elena", "claire", "tammy", "kirsten", "dianne", "kamala", "marine",
        "jill", "sheila", "maxine", "gwen", "carly", "debbie", "maggie", "katie", "hope", "omarosa", "marsha",
    ]
    private static let maleNames: Set<String> = [
        "donald", "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "paul", "steven", "andrew", "kenneth", "joshua", "kevin",
        "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric",
        "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "frank", "alexander",
        "raymond", "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas",
        "zachary", "peter", "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald",
        "carl", "terry", "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy",
        "bruce", "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene",
        "vincent", "russell", "elijah", "louis", "bobby", "philip", "johnny", "barack", "bernie", "mike", "ted", "marco",
        "jeb", "chris", "rudy", "newt", "mitch", "bill", "tim", "vladimir", "steve", "reince", "rand", "lindsey", "harry",
        "chuck", "jim", "tom", "bob", "dan", "ben", "sergei", "volodymyr", "keir", "emmanuel", "boris", "xi",
        "lester", "anderson", "corey", "jared", "rex", "jeff", "rick", "dick",
    ]
    /// Capitalised single words that are not people's names.
    private static let notNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "republicans",
        "democrats", "americans", "police", "congress", "washington", "it", "this", "that", "they", "we", "i",
    ]
    private static let nameSuffixes: Set<String> = ["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]
    private static let nameParticles: Set<String> = ["de", "van", "von", "der", "da", "di", "del", "la", "le", "bin", "al"]
    private static let organizationWords: Set<String> = [
        "news", "post", "times", "journal", "committee", "campaign", "party", "house", "university", "department",
        "commission", "association", "council", "institute", "foundation", "center", "centre", "court", "congress",
        "senate", "administration", "agency", "bureau", "office", "network", "press", "tribune", "magazine", "inc",
        "corp", "company", "group", "club", "union", "service", "ministry", "government", "poll", "survey", "report",
        "cnn", "fbi", "nbc", "cbs", "abc", "msnbc", "fox", "reuters", "twitter", "facebook",
    ]
    /// Adjectives in a role phrase that any holder of the role may lack (`the Republican presidential nominee`).
    private static let rankAdjectives: Set<String> = [
        "republican", "democratic", "presidential", "former", "top", "senior", "new", "longtime", "current", "deputy",
        "assistant", "incoming", "outgoing", "gop", "state", "federal", "veteran", "embattled", "likely", "presumptive",
        "two-term", "first-term", "junior", "leading",
    ]
    /// The abbreviations a role takes before a name (`the senator` holds the role `Sen.`).
    private static let roleSynonyms: [String: Set<String>] = [
        "senator": ["sen", "senator"], "congressman": ["rep", "representative"], "congresswoman": ["rep", "representative"],
        "lawmaker": ["rep", "sen", "representative", "senator"], "governor": ["gov", "governor"], "president": ["president", "pres"],
        "secretary": ["secretary", "sec"], "general": ["gen", "general"], "candidate": ["candidate", "nominee"],
        "nominee": ["nominee", "candidate"],
    ]
    /// Nouns that any political role satisfies (`the American leader` may be a president).
    private static let genericRoleNouns: Set<String> = ["leader", "official", "politician", "statesman"]
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }

    func replacingApostropheS() -> String {
        for ending in ["'s", "\u{2019}s"] where hasSuffix(ending) { return String(dropLast(2)) }
        return self
    }
}
