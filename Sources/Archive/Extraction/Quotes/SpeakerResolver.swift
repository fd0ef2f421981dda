/// Names the speaker of each quotation from the article's person mentions.
///
/// - Speaker words that overlap a person mention name that person (`Trump said` → Donald Trump).
/// - `he` and `she` name the most recent person who spoke or opened a sentence before the quote.
/// - A role phrase (`the American leader`, `the senator`) names the most recent person whose role
///   carries the same noun or nationality.
/// - A quotation with no attribution of its own takes the previous quotation's speaker when that
///   one is in the same or the previous paragraph.
/// Anything else (`sources said`, `officials said`) keeps its words with no name: never a guess.
struct SpeakerResolver {
    private let paragraphs: [ScalarText]
    private let people: [EntityMention]

    init(paragraphs: [ScalarText], entities: [EntityMention]) {
        self.paragraphs = paragraphs
        self.people = entities
            .filter { $0.kind == .person && $0.paragraph != nil }
            .sorted { ($0.paragraph!, $0.start) < ($1.paragraph!, $1.start) }
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
            } else if draft.inheritsSpeaker, let previous, draft.first.paragraph - previous.paragraph <= 1 {
                speaker = previous.quotation.speaker
                speakerText = previous.quotation.speakerText
            }
            let text = draft.pieces.map { paragraphs[$0.paragraph].string($0.range) }.joined(separator: " ")
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

    private func name(for words: String, at place: TextPlace, speakers: [Candidate]) -> String? {
        if let mention = people.filter({ $0.paragraph == place.paragraph && $0.start < place.range.upperBound && place.range.lowerBound < $0.end })
            .max(by: { Self.overlap($0, place.range) < Self.overlap($1, place.range) }) {
            return mention.name
        }
        let folded = words.lowercased()
        if folded == "he" || folded == "she" {
            return mostRecentSubject(before: place, speakers: speakers)
        }
        let nameWords = Self.nameWords(words)
        if !nameWords.isEmpty {
            return people.last { mention in
                Self.isBefore(mention, place) && nameWords.isSubset(of: Self.nameWords(mention.name))
            }?.name ?? people.first { nameWords.isSubset(of: Self.nameWords($0.name)) }?.name
        }
        if folded.hasPrefix("the ") {
            return roleHolder(folded.split(separator: " ").dropFirst().map(String.init), before: place)
        }
        return nil
    }

    /// The latest person before `place` who spoke or opened a sentence; without mentions, the latest named speaker.
    private func mostRecentSubject(before place: TextPlace, speakers: [Candidate]) -> String? {
        let splitter = SentenceSplitter()
        var best: (paragraph: Int, offset: Int, name: String)?
        var firstInSentence: [Int: Set<Int>] = [:]
        for mention in people.reversed() where Self.isBefore(mention, place) {
            guard let paragraph = mention.paragraph else { continue }
            if let best, (best.paragraph, best.offset) > (paragraph, mention.start) { break }
            if firstInSentence[paragraph] == nil {
                var starts: Set<Int> = []
                let inParagraph = people.filter { $0.paragraph == paragraph }
                for sentence in splitter.sentences(in: paragraphs[paragraph].scalars) {
                    if let first = inParagraph.first(where: { sentence.contains($0.start) }) { starts.insert(first.start) }
                }
                firstInSentence[paragraph] = starts
            }
            if firstInSentence[paragraph]!.contains(mention.start) {
                best = (paragraph, mention.start, mention.name)
                break
            }
        }
        if let speaker = speakers.last(where: { ($0.paragraph, $0.offset) < (place.paragraph, place.range.lowerBound) && !Self.isPronoun($0.words) }) {
            if best == nil || (best!.paragraph, best!.offset) < (speaker.paragraph, speaker.offset) { return speaker.name }
        }
        if let best { return best.name }
        return people.last { Self.isBefore($0, place) }?.name
    }

    /// The latest person before `place` whose role shares the phrase's noun or nationality (`the Ukrainian leader`).
    private func roleHolder(_ words: [String], before place: TextPlace) -> String? {
        guard let head = words.last, Self.roleNouns.contains(head) else { return nil }
        let qualifiers = words.dropLast().filter { !Self.roleNouns.contains($0) }
        return people.last { mention in
            guard Self.isBefore(mention, place), let role = mention.role?.lowercased() else { return false }
            let roleWords = role.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
            let sameNoun = Self.genericRoleNouns.contains(head) || roleWords.contains(head)
            let sameNation = qualifiers.allSatisfy { qualifier in
                roleWords.contains { Self.sameNation($0, qualifier) }
            }
            return sameNoun && sameNation
        }?.name
    }

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
        return String(words)
    }

    static let roleNouns: Set<String> = [
        "leader", "president", "senator", "candidate", "nominee", "governor", "secretary", "minister", "chancellor",
        "mayor", "congressman", "congresswoman", "lawmaker", "chairman", "chairwoman", "director", "businessman",
        "billionaire", "democrat", "republican", "speaker", "prosecutor", "judge", "official", "envoy", "ambassador",
        "premier", "king", "queen", "pope", "general", "commander", "spokesman", "spokeswoman", "host", "mogul",
        "rep", "sen", "gov", "vice", "prime", "first", "lady", "former", "chief", "executive", "ceo", "founder",
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
