/// An entity with how much the archive says about it.
public struct EntitySummary: Sendable, Equatable {
    public var id: Int
    public var name: String
    public var kind: EntityKind
    /// Stories (an article and its near-duplicates count once) that mention the entity.
    public var articles: Int
    public var mentions: Int
    public var firstSeen: String?
    public var lastSeen: String?
}

/// What `archive person NAME` shows.
public struct EntityProfile: Sendable, Equatable {
    public struct Role: Sendable, Equatable {
        public var role: String
        public var count: Int
    }

    public var entity: EntitySummary
    /// Every form the name was written in.
    public var aliases: [String]
    public var roles: [Role]
    public var quotes: [QuoteRecord]
    /// Quotations in all, before the display limit.
    public var quoteCount: Int
    public var articles: [ArticleSummary]
    /// People and organizations most often mentioned in the same stories.
    public var companions: [EntitySummary]
}

/// The answer to "who is NAME?".
public enum EntityResolution: Sendable, Equatable {
    case found(Int)
    case ambiguous([EntitySummary])
    case unknown
}
