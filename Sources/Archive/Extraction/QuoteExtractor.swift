/// Finds quotations and reported speech, and who said them.
public struct QuoteExtractor: Sendable {
    public init() {}

    /// Quotations in text order; `entities` are the article's mentions, used to name speakers.
    public func extract(paragraphs: [String], entities: [EntityMention]) -> [Quotation] {
        []
    }
}
