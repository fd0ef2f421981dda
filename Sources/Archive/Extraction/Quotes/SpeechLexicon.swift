/// The words the quote extractor recognises: speech verbs and the words around a speaker.
/// All entries are lower-case with straight apostrophes, as in `ScalarText.Token.folded`.
enum SpeechLexicon {
    /// Speech verbs that can report a clause without "that" ("Trump said Ukraine would …").
    static let clauseVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes", "noted", "notes",
        "argued", "argues", "insisted", "insists", "claimed", "claims", "believes", "believe", "thinks", "think",
        "acknowledged", "acknowledges", "admitted", "admits", "stressed", "stresses", "explained", "explains",
        "tweeted", "predicted", "predicts", "warned", "warns", "contended", "contends", "maintained", "maintains",
        "asserted", "asserts", "conceded", "concedes", "recalled", "recalls", "emphasized", "emphasised",
        "thought", "believed",
    ]
    /// Speech verbs that report a clause only with "that" ("announced that …", not "announced plans").
    static let thatVerbs: Set<String> = [
        "announced", "announces", "reported", "reports", "confirmed", "confirms", "denied", "revealed", "promised",
        "pledged", "vowed", "agreed", "agrees", "estimated", "indicated", "disclosed", "complained", "complains",
        "lamented", "charged", "alleged", "alleges", "countered", "concluded", "testified", "stated", "states",
        "observed", "remarked", "boasted", "suggested", "suggests", "declared", "declares", "hinted", "signaled",
        "signalled", "speculated", "cautioned", "reiterated", "continued", "replied", "responded", "answered",
        "found", "finds", "show", "shows", "showed", "hopes", "hoped", "feared", "fears", "worried", "acknowledged",
        "felt", "feels", "knew", "knows", "understood", "realized", "doubted", "doubts", "expects", "expected",
        "suspects", "suspected", "insist", "argue", "claim", "warn", "predict", "suggest", "fear", "worry", "agree",
        "recognized", "recognizes", "learned", "decided", "determined", "ruled", "wrote", "noted",
    ]
    /// Speech verbs that introduce a quotation but not reported speech ("she asked, “…”").
    static let quoteOnlyVerbs: Set<String> = [
        "asked", "asks", "joked", "jokes", "quipped", "shouted", "yelled", "exclaimed", "mused", "posted", "texted",
        "wondered", "continued", "replied", "responded", "answered", "reads", "read", "began", "chanted", "recounted",
        "added", "explained", "tweeted", "wrote", "declared", "insisted", "offered", "conceded", "concluded", "urged",
        "cautioned", "pleaded", "demanded", "sneered", "scoffed", "snapped", "recalled", "stated", "announced",
        "boasted", "complained", "lamented", "countered", "observed", "remarked", "testified", "pressed", "interjected",
        "assured", "assures", "vowed", "promised", "pledged", "teased", "gushed", "raved", "marveled", "thundered",
        "retorted", "cracked", "sighed", "laughed", "shrugged", "proclaimed", "predicted", "warned", "noted", "says",
        "writes", "tweets", "adds", "asserted", "argued", "acknowledged", "admitted", "repeated",
        "stressed", "emphasized", "put", "told", "tells", "explains", "notes", "continues",
    ]
    /// Participles that report speech after a main clause (", adding that …").
    static let participles: Set<String> = [
        "saying", "adding", "noting", "arguing", "claiming", "insisting", "warning", "stressing", "explaining",
        "telling", "writing", "asserting", "suggesting", "acknowledging", "admitting", "declaring", "predicting",
        "tweeting", "posting", "asking", "replying", "responding", "quipping", "joking", "recalling", "complaining",
        "concluding", "continuing", "answering", "vowing", "promising", "urging", "shouting", "chanting", "boasting",
    ]

    /// Verbs of intention that report a "to" clause ("declined to comment", "vowed to repeal the law").
    static let infinitiveVerbs: Set<String> = [
        "declined", "declines", "refused", "refuses", "promised", "promises", "pledged", "pledges", "vowed", "vows",
        "threatened", "threatens", "offered", "agreed", "plans", "planned", "wants", "wanted", "hopes", "hoped",
        "sought", "seeks", "intends", "intended", "proposed", "proposes", "demanded", "demands",
    ]
    /// Verbs that report a request to someone ("urged Congress to act").
    static let requestVerbs: Set<String> = ["urged", "urges", "asked", "asks", "pressed", "encouraged", "implored", "begged", "challenged", "invited"]
    /// Verbs that report a question ("asked whether the talks would resume").
    static let questionVerbs: Set<String> = ["asked", "asks", "wondered", "wonders", "questioned", "questions"]
    static let questionWords: Set<String> = ["whether", "if", "why", "how", "what", "when", "who", "where", "which"]
    /// Verbs of evidence that take a bare clause after a poll or a study ("a poll shows Clinton leading").
    static let evidenceVerbs: Set<String> = ["show", "shows", "showed", "found", "finds", "suggests", "suggested", "indicates", "indicated"]
    static let evidenceNouns: Set<String> = [
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "data", "analysis", "numbers",
        "results", "figures", "research", "review", "audit", "investigation", "records", "documents", "emails",
    ]
    /// Nouns that report a claim with "that" ("Trump’s claim that …").
    static let claimNouns: Set<String> = [
        "claim", "claims", "assertion", "argument", "contention", "insistence", "suggestion", "warning", "promise",
        "pledge", "allegation", "allegations", "charge", "belief", "statement", "announcement", "admission",
        "prediction", "accusation", "assurance", "vow", "boast", "complaint",
    ]
    /// Verbs that give a name in quotation marks ("what he called “a disaster”").
    static let namingVerbs: Set<String> = [
        "called", "calls", "calling", "dubbed", "dubs", "labeled", "labelled", "labels", "described", "describes",
        "branded", "brands", "termed", "terms", "deemed", "nicknamed", "introduced", "hailed", "praised", "blasted",
        "decried", "denounced", "mocked", "slammed",
    ]
    /// Nouns before "saying" that carry someone's words ("a statement saying …").
    static let messageNouns: Set<String> = [
        "statement", "tweet", "tweets", "letter", "post", "email", "message", "ad", "release", "video", "interview",
        "note", "memo", "speech", "op-ed", "column", "report", "filing", "complaint", "lawsuit", "remarks",
    ]

    static func isSpeechVerb(_ word: String) -> Bool {
        speechVerbs.contains(word)
    }

    /// Verbs that report speech, thought or intention in a sentence.
    static func isReportingVerb(_ word: String) -> Bool {
        reportingVerbs.contains(word)
    }

    // The unions, so that a word is hashed once, not once per list: these two are asked of
    // nearly every word (6% of extraction's time went to hashing for them).
    private static let speechVerbs = clauseVerbs.union(thatVerbs).union(quoteOnlyVerbs)
    private static let reportingVerbs = clauseVerbs.union(thatVerbs).union(infinitiveVerbs).union(requestVerbs).union(questionVerbs)

    /// Words between a subject and its verb ("Trump *has also* said", "he *later* told").
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "also", "later", "previously", "then", "once", "again", "repeatedly", "recently", "often",
        "would", "will", "publicly", "privately", "reportedly", "only", "just", "already", "first", "further", "simply",
        "flatly", "even", "never", "still", "frequently", "explicitly", "subsequently", "earlier", "long", "since",
        "initially", "separately", "similarly", "specifically", "quickly", "falsely", "correctly", "wrongly",
        "openly", "may", "might", "could", "did", "does", "do", "actually", "consistently", "routinely", "sometimes",
        "always", "famously", "ultimately", "finally", "succinctly", "bluntly", "tersely", "angrily",
    ]
    /// Words that end a subject when walking back from its verb.
    static let clauseBoundaries: Set<String> = [
        "and", "but", "or", "nor", "that", "which", "who", "whom", "whose", "because", "while", "when", "whenever", "as",
        "if", "so", "than", "where", "whether", "although", "though", "after", "before", "since", "until", "unless",
        "what", "how", "why", "said", "says", "told", "is", "was", "are", "were", "be", "been", "being", "not",
        "to", "for", "with", "in", "on", "at", "by", "from", "about", "into", "over", "under", "of", "during",
        "yet", "once", "like", "whereas", "meanwhile", "however", "also",
    ]
    /// Sentence adverbs and conjunctions that may open a clause before its subject.
    static let leadIns: Set<String> = [
        "but", "and", "yet", "so", "still", "however", "meanwhile", "instead", "now", "then", "later", "also", "or",
        "indeed", "moreover", "separately", "similarly", "earlier", "previously", "again",
    ]
    static let pronouns: Set<String> = ["he", "she", "they", "i", "we", "you", "it"]
    /// Words that open a noun phrase that can be a speaker ("the senator", "a spokesman", "two officials").
    static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "another", "one",
        "some", "many", "most", "several", "two", "three", "four", "five", "other", "few", "both", "each", "all",
        "no", "any", "top", "senior", "former", "current", "democratic", "republican", "federal", "state", "local",
    ]
    /// Sources the article leaves unnamed ("sources said", "officials say").
    static let sourceNouns: Set<String> = [
        "sources", "source", "officials", "official", "aides", "aide", "advisers", "adviser", "advisors", "analysts",
        "analyst", "experts", "expert", "critics", "observers", "witnesses", "people", "spokesman", "spokeswoman",
        "spokesperson", "democrats", "republicans", "supporters", "economists", "strategists", "lawmakers",
        "investigators", "prosecutors", "police", "authorities", "researchers", "scientists", "voters", "residents",
        "diplomats", "insiders", "staffers", "organizers", "activists", "leaders", "members", "polls", "reports",
        "statement", "report", "documents", "records", "data", "survey", "poll", "study", "others",
    ]
    /// Words that tell when or where, skipped between a verb and its clause ("said *on Monday* that").
    static let adjunctStarts: Set<String> = [
        "in", "on", "at", "during", "after", "before", "to", "about", "of", "with", "from", "via", "through", "over",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "tonight", "last", "this", "earlier", "later", "recently", "previously", "repeatedly", "again", "also",
        "then", "once", "privately", "publicly", "flatly", "bluntly", "simply", "twice",
    ]
    /// Objects of "told" that are not the start of the reported clause ("told *reporters* the talks …").
    static let listeners: Set<String> = [
        "reporters", "journalists", "him", "her", "them", "us", "me", "supporters", "voters", "lawmakers", "senators",
        "audiences", "donors", "listeners", "viewers", "students", "members", "congress", "investigators", "police",
        "the", "a", "an",
    ]
    /// Titles that can stand before a name inside a speaker's words.
    static let titleWords: Set<String> = ["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "prof", "rev", "lt", "col", "sgt", "capt", "adm", "maj"]
}
