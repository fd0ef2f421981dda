/// The JSON record of an extracted article: what `archive extract` prints, `archive export`
/// writes and the JSON Lines reader reads back.
///
/// The accuracy scorers in ../shared/tools read these field names; they stay stable, and
/// other outputs may add fields after them.
public enum ArticleRecord {
    public static func json(_ extracted: ExtractedArticle) -> JSONValue {
        let article = extracted.article
        return .object([
            ("origin", .string(article.origin)),
            ("title", .string(article.title)),
            ("authors", .array(article.authors.map(JSONValue.string))),
            ("published", .optional(article.published?.iso8601)),
            ("source", .optional(article.source)),
            ("url", .optional(article.url)),
            ("language", .optional(article.language)),
            ("paragraphs", .array(article.paragraphs.map(JSONValue.string))),
            ("entities", .array(extracted.entities.map(json))),
            ("quotes", .array(extracted.quotes.map(json))),
        ])
    }

    static func json(_ mention: EntityMention) -> JSONValue {
        .object([
            ("text", .string(mention.text)),
            ("kind", .string(mention.kind.rawValue)),
            ("name", .string(mention.name)),
            ("paragraph", .optional(mention.paragraph)),
            ("start", .int(mention.start)),
            ("end", .int(mention.end)),
            ("role", .optional(mention.role)),
        ])
    }

    static func json(_ quote: Quotation) -> JSONValue {
        .object([
            ("text", .string(quote.text)),
            ("kind", .string(quote.kind.rawValue)),
            ("speaker", .optional(quote.speaker)),
            ("speaker_text", .optional(quote.speakerText)),
            ("cue", .optional(quote.cue)),
            ("paragraph", .int(quote.paragraph)),
            ("end_paragraph", .int(quote.endParagraph)),
            ("start", .int(quote.start)),
            ("end", .int(quote.end)),
        ])
    }
}
