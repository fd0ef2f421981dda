import Archive

/// The article object shared by every command's JSON output.
enum ArticleJSON {
    static func summary(_ article: ArticleSummary) -> JSONValue {
        .object([
            ("id", .int(article.id)),
            ("title", .string(article.title)),
            ("source", .optional(article.source)),
            ("published", .optional(article.published)),
            ("url", .optional(article.url)),
            ("origin", .optional(article.origin)),
        ])
    }
}
