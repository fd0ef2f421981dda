/// Separates a person's role from their name: in "U.K. Prime Minister Keir Starmer" the name is
/// "Keir Starmer" and the role "Prime Minister"; the affiliation before the role ("U.K.",
/// "White House", "Russian") is neither.
enum RoleDetector {
    /// The spans with roles split off people's names, and without the titles the tagger took
    /// for names of their own.
    static func separateRoles(in spans: [NameSpan], of document: ArticleText) -> [NameSpan] {
        spans.indices.compactMap { k in
            let next = k + 1 < spans.count ? spans[k + 1] : nil
            return isTitle(spans[k], before: next, in: document) ? nil : separate(spans[k], in: document)
        }
    }

    /// The span without leading honorifics or titles (its last word always stays), with `role`
    /// set for a person.
    static func separate(_ span: NameSpan, in document: ArticleText) -> NameSpan {
        let text = document.texts[span.text]
        var span = span
        var roleEnd: Int?
        // A title or honorific the tagger took into the name ("Mr. Smith", "President Clinton").
        while span.end - span.start > 1 {
            let word = text.views[span.start].lower
            if honorificKeys.contains(word) {
                span.start += 1
            } else if span.kind == .person, headKeys.contains(word) || modifierKeys.contains(word) {
                span.start += 1
                roleEnd = span.start
            } else {
                break
            }
        }
        guard span.kind == .person else { return span }
        let end = roleEnd ?? span.start
        if let start = roleStart(before: end, in: text) {
            span.role = text.string(start, end)
        }
        return span
    }

    /// Whether `span` is only a title of the person named right after it ("Chancellor" tagged
    /// apart from "Gordon Brown"): no name of its own.
    static func isTitle(_ span: NameSpan, before next: NameSpan?, in document: ArticleText) -> Bool {
        guard span.kind != .person, let next, next.kind == .person, next.text == span.text, next.start == span.end else { return false }
        let views = document.texts[span.text].views
        return (span.start..<span.end).allSatisfy { headKeys.contains(views[$0].lower) || modifierKeys.contains(views[$0].lower) }
    }

    /// Where the role ending just before token `end` begins, if a role ends there.
    static func roleStart(before end: Int, in text: ArticleText.Text) -> Int? {
        var first = end
        if first >= 3, text.views[first - 1].flags.contains(.initialUpper), text.views[first - 2].lower == ofKey,
           headKeys.contains(text.views[first - 3].lower) {
            first -= 3  // "Secretary of State"
        } else if first >= 1, headKeys.contains(text.views[first - 1].lower) {
            first -= 1
        } else {
            return nil
        }
        while first > 0 {
            let word = text.views[first - 1].lower
            if headKeys.contains(word) || modifierKeys.contains(word) {
                first -= 1
            } else if portfolioHeadKeys.contains(text.views[first].lower), text.views[first - 1].flags.contains(.initialUpper),
                      text.views[first - 1].gazetteer & (Gazetteer.Category.names.rawValue) == 0,
                      !text.views[first - 1].flags.contains(.sentenceStart) {
                first -= 1  // "Agriculture Minister", "Energy Secretary"
            } else {
                break
            }
        }
        return first
    }

    /// The lower-case hashes of `words`, as `TokenView.lower` computes them for tokens.
    static func keys(_ words: Set<String>) -> IntegerKeySet {
        IntegerKeySet(words.map { FeatureHash.lower(Substring($0)) })
    }

    static let headKeys = keys(heads)
    static let modifierKeys = keys(modifiers)
    static let portfolioHeadKeys = keys(portfolioHeads)
    static let honorificKeys = keys(honorifics)
    static let ofKey = FeatureHash.lower("of")
    static let theKey = FeatureHash.lower("the")

    /// Words a role ends with ("President", "envoy", "head").
    static let heads: Set<String> = [
        "president", "minister", "secretary", "envoy", "ambassador", "chancellor", "senator", "sen.", "governor", "gov.",
        "mayor", "spokesman", "spokeswoman", "spokesperson", "head", "chief", "leader", "chairman", "chairwoman",
        "chairperson", "director", "commander", "general", "gen.", "king", "queen", "prince", "princess", "pope", "judge",
        "justice", "speaker", "premier", "representative", "rep.", "coach", "manager", "adviser", "advisor", "officer",
        "executive", "ceo", "lawyer", "attorney", "correspondent", "economist", "analyst", "captain", "capt.", "colonel",
        "col.", "lieutenant", "lt.", "sergeant", "sgt.", "admiral", "adm.", "major", "sheikh", "emir", "ayatollah",
        "cardinal", "bishop", "archbishop", "rabbi", "imam", "professor", "prof.", "dr.", "commissioner", "deputy",
        "candidate", "nominee", "negotiator", "diplomat", "strategist", "pollster", "founder", "owner", "czar", "tsar",
        "aide", "counsel", "prosecutor", "inspector", "superintendent", "sheriff", "marshal", "dictator", "monarch",
        "chair", "vice-president", "vice-chairman", "spokesmen", "treasurer", "lawmaker", "congressman", "congresswoman",
        "legislator", "mp", "mep", "secretary-general", "president-elect", "trustee", "mufti", "patriarch", "senator-elect",
    ]

    /// Words that qualify a role before its head ("Prime", "press", "special", "former").
    static let modifiers: Set<String> = [
        "vice", "prime", "deputy", "foreign", "defence", "defense", "finance", "interior", "home", "press", "special",
        "senior", "former", "acting", "interim", "outgoing", "incoming", "chief", "executive", "national", "security",
        "attorney", "general", "supreme", "first", "top", "assistant", "associate", "managing", "principal", "lead",
        "secretary", "presidential", "economic", "trade", "military", "opposition", "majority", "minority", "junior",
        "late", "longtime", "veteran", "rear", "lieutenant",
    ]

    /// Heads that take a portfolio written with a capital ("Energy Secretary", "Agriculture Minister").
    static let portfolioHeads: Set<String> = ["minister", "secretary", "commissioner", "spokesman", "spokeswoman", "czar", "tsar"]

    static let honorifics: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mme", "mme.", "messrs", "messrs.", "herr", "monsieur", "madame",
    ]
}
