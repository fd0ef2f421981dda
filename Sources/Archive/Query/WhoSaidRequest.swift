/// `archive who-said TERM`: quotations whose text matches, grouped by speaker.
public struct WhoSaidRequest: Sendable {
    public var text: SearchRequest.Text
    public var dates: DateRange
    public var source: String?
    /// Only this speaker (any of their names).
    public var speaker: String?
    /// How many speakers, most quoted first.
    public var limit: Int
    /// How many quotations shown per speaker.
    public var quotesPerSpeaker: Int

    public init(
        text: SearchRequest.Text, dates: DateRange = DateRange(), source: String? = nil, speaker: String? = nil,
        limit: Int = 20, quotesPerSpeaker: Int = 5
    ) {
        self.text = text
        self.dates = dates
        self.source = source
        self.speaker = speaker
        self.limit = limit
        self.quotesPerSpeaker = quotesPerSpeaker
    }
}
