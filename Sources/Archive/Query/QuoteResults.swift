/// One stored quotation with the article it came from.
public struct QuoteRecord: Sendable, Equatable {
    public var id: Int
    public var text: String
    public var kind: String
    public var cue: String?
    /// The speaker's name as the archive knows them; nil when no person could be named.
    public var speaker: String?
    public var speakerID: Int?
    /// The words the article used for the speaker.
    public var speakerText: String?
    public var paragraph: Int
    public var article: ArticleSummary
}

/// The quotations of one speaker, for `who-said` and `person`.
public struct SpeakerQuotes: Sendable, Equatable {
    public var speakerID: Int
    public var speaker: String
    /// Distinct quotations, counting a syndicated copy of the same story once.
    public var count: Int
    public var quotes: [QuoteRecord]
}

public struct WhoSaidResults: Sendable, Equatable {
    public var speakers: [SpeakerQuotes]
    /// Matching quotations whose speaker could not be named ("sources said").
    public var unnamed: Int
    public var undatedExcluded: Int
}
