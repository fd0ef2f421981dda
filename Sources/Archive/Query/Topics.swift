/// `archive topics`: what a period was about.
public struct TopicsRequest: Sendable {
    /// The period; unbounded for the archive as a whole.
    public var dates: DateRange
    public var source: String?
    public var limit: Int

    public init(dates: DateRange = DateRange(), source: String? = nil, limit: Int = 20) {
        self.dates = dates
        self.source = source
        self.limit = limit
    }
}

/// A word or phrase the period (or the archive) was about.
public struct Topic: Sendable, Equatable {
    /// As most often written, lower-cased: "tariffs", "security guarantees".
    public var phrase: String
    /// Stories in the period that use it (near-duplicates count once).
    public var stories: Int
    /// Paragraphs in the period that use it.
    public var paragraphs: Int
    /// Paragraphs in the whole archive that use it.
    public var archiveParagraphs: Int
    /// How characteristic it is; see `Topics.Method`.
    public var score: Double
    /// The article that uses it most.
    public var topArticle: ArticleSummary?
}

public struct Topics: Sendable, Equatable {
    public enum Method: String, Sendable {
        /// Over-represented in the period against the rest of the archive.
        case logLikelihood = "log-likelihood"
        /// The whole archive: concentrated in fewer stories than its paragraphs would fill by
        /// chance (residual IDF).
        case burstiness
        /// A small archive: frequent among its paragraphs, but not in all of them: p × log(P / p).
        case specificity
    }

    public var method: Method
    public var topics: [Topic]
    /// Stories in the period (or the archive).
    public var stories: Int
    /// Articles left out because a date filter was given and they have no date.
    public var undatedExcluded: Int
}
