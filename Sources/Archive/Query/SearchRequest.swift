/// A search as a person asked for it.
public struct SearchRequest: Sendable {
    public enum Sort: String, Sendable, CaseIterable {
        case relevance, newest, oldest
    }

    public enum Text: Sendable {
        /// The forgiving query language (`SearchQuery`).
        case query(SearchQuery)
        /// FTS5 syntax passed through, validated by SQLite.
        case raw(String)
    }

    public var text: Text
    public var dates: DateRange
    public var source: String?
    public var person: String?
    public var sort: Sort
    public var limit: Int
    public var offset: Int
    /// Matching paragraphs shown for each article.
    public var matchesPerArticle: Int

    public init(
        text: Text, dates: DateRange = DateRange(), source: String? = nil, person: String? = nil,
        sort: Sort = .relevance, limit: Int = 20, offset: Int = 0, matchesPerArticle: Int = 5
    ) {
        self.text = text
        self.dates = dates
        self.source = source
        self.person = person
        self.sort = sort
        self.limit = limit
        self.offset = offset
        self.matchesPerArticle = matchesPerArticle
    }
}
