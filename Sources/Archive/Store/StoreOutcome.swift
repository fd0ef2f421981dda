/// What storing one article did.
public enum StoreOutcome: Equatable, Sendable {
    /// A new article.
    case inserted(articleID: Int)
    /// An article already stored from this origin (or under this url) whose text or metadata changed.
    case updated(articleID: Int)
    /// Stored before from this origin, exactly so: nothing changed.
    case unchanged(articleID: Int)
    /// The same text was already stored from another input; this origin was added to it.
    case duplicate(articleID: Int)

    public var articleID: Int {
        switch self {
        case let .inserted(id), let .updated(id), let .unchanged(id), let .duplicate(id): return id
        }
    }
}
