/// How a quotation reports speech.
public enum QuoteKind: String, Sendable, CaseIterable, Codable {
    /// Wholly inside quotation marks.
    case direct
    /// Reported speech that carries a quoted fragment.
    case mixed
    /// Reported speech with no quotation marks ("Trump said that …").
    case indirect
}

/// Something an article reports someone as saying.
public struct Quotation: Sendable, Equatable {
    /// The quoted words, without the surrounding quotation marks.
    public var text: String
    public var kind: QuoteKind
    /// The speaker's canonical name within the article, when a person can be named.
    public var speaker: String?
    /// The words the article used for the speaker ("he", "the American leader", "sources").
    public var speakerText: String?
    /// The speech verb ("said", "told", "according to").
    public var cue: String?
    /// The paragraph where the quote starts and where it ends (they differ for a quote over several paragraphs).
    public var paragraph: Int
    public var endParagraph: Int
    /// Offsets in Unicode scalars: `start` within `paragraph`, `end` (exclusive) within `endParagraph`.
    public var start: Int
    public var end: Int

    public init(
        text: String, kind: QuoteKind, speaker: String?, speakerText: String?, cue: String?,
        paragraph: Int, endParagraph: Int? = nil, start: Int, end: Int
    ) {
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.speakerText = speakerText
        self.cue = cue
        self.paragraph = paragraph
        self.endParagraph = endParagraph ?? paragraph
        self.start = start
        self.end = end
    }
}
