/// An article with what the extractors found in it: the unit that the store writes.
public struct ExtractedArticle: Sendable, Equatable {
    public var article: ArticleDraft
    public var entities: [EntityMention]
    public var quotes: [Quotation]

    public init(article: ArticleDraft, entities: [EntityMention] = [], quotes: [Quotation] = []) {
        self.article = article
        self.entities = entities
        self.quotes = quotes
    }
}
