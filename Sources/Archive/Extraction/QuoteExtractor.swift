/// Finds quotations and reported speech, and who said them.
///
/// Direct quotes are found from their quotation marks, reported speech from speech verbs
/// (`said`, `told`, `according to`) and the speaker phrases around them; speakers are then named
/// from the person mentions the entity extractor found. A pure function of the text: one pass
/// over each paragraph's Unicode scalars, no regular expressions.
public struct QuoteExtractor: Sendable {
    public init() {}

    /// Quotations in text order; `entities` are the article's mentions, used to name speakers.
    public func extract(paragraphs: [String], entities: [EntityMention]) -> [Quotation] {
        let texts = paragraphs.map(ScalarText.init)
        let drafts = QuoteScanner(paragraphs: texts).scan()
        return SpeakerResolver(paragraphs: texts, entities: entities).resolve(drafts)
    }
}
