import Foundation

/// Separates a person's role from their name: in "U.K. Prime Minister Keir Starmer" the name is
/// "Keir Starmer" and the role "Prime Minister"; the affiliation before the role ("U.K.",
/// "White House", "Russian") is neither.
enum RoleDetector {
    /// The span without leading honorifics or titles, with `role` set for a person; nil when
    /// nothing but a title was tagged.
    static func separate(_ span: NameSpan, in document: ArticleText) -> NameSpan? {
        let text = document.texts[span.text]
        var span = span
        var roleEnd: Int?
        // A title or honorific the tagger took into the name ("Mr. Smith", "President Clinton").
        while span.end - span.start > 1 {
            let word = lowerWord(text, span.start)
            if honorifics.contains(word) {
                span.start += 1
            } else if span.kind == .person, heads.contains(word) || modifiers.contains(word) {
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

    /// Where the role ending just before token `end` begins, if a role ends there.
    static func roleStart(before end: Int, in text: ArticleText.Text) -> Int? {
        var first = end
        if first >= 3, text.views[first - 1].flags.contains(.initialUpper), lowerWord(text, first - 2) == "of",
           heads.contains(lowerWord(text, first - 3)) {
            first -= 3  // "Secretary of State"
        } else if first >= 1, heads.contains(lowerWord(text, first - 1)) {
            first -= 1
        } else {
            return nil
        }
        while first > 0 {
            let word = lowerWord(text, first - 1)
            let head = lowerWord(text, first)
            if heads.contains(word) || modifiers.contains(word) {
                first -= 1
            } else if portfolioHeads.contains(head), text.views[first - 1].flags.contains(.initialUpper),
                      text.views[first - 1].gazetteer & (Gazetteer.Category.names.rawValue) == 0,
                      !text.views[first - 1].flags.contains(.sentenceStart) {
                first -= 1  // "Agriculture Minister", "Energy Secretary"
            } else {
                break
            }
        }
        return first
    }

    static func lowerWord(_ text: ArticleText.Text, _ index: Int) -> String {
        text.string(index, index + 1).lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    }

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
        "chair", "vice-president", "vice-chairman", "spokesmen",
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
