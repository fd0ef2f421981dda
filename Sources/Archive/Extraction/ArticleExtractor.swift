/// Runs every extractor over an article: entities first, then quotations, whose speakers are
/// resolved against those entities. A pure function of the text; it never touches the database.
public struct ArticleExtractor: Sendable {
    public init() {}

    public func extract(_ article: ArticleDraft) -> ExtractedArticle {
        // A title derived from the lead repeats the first paragraph; extracting from both would count its names twice.
        let title = Self.titleRepeatsLead(article) ? nil : article.title
        let entities = EntityExtractor().extract(title: title, paragraphs: article.paragraphs)
        let quotes = QuoteExtractor().extract(paragraphs: article.paragraphs, entities: entities)
        return ExtractedArticle(article: article, entities: entities, quotes: quotes)
    }

    static func titleRepeatsLead(_ article: ArticleDraft) -> Bool {
        guard let lead = article.paragraphs.first else { return false }
        var title = Substring(article.title)
        if title.hasSuffix("…") { title = title.dropLast() }
        return !title.isEmpty && lead.hasPrefix(title)
    }
}
