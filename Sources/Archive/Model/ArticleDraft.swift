/// An article as a reader found it, before extraction and storage.
///
/// Readers fill what their input says and nothing more; `ArticleDraft.normalized()` then
/// gives every reader's output the same shape (NFC text, no control characters, a title).
public struct ArticleDraft: Sendable, Equatable {
    /// Where the article came from: the input path, with `#N` or an item id for inputs that hold several.
    public var origin: String
    public var title: String
    public var authors: [String]
    public var published: PublishedDate?
    public var source: String?
    public var url: String?
    public var language: String?
    public var paragraphs: [String]

    public init(
        origin: String,
        title: String = "",
        authors: [String] = [],
        published: PublishedDate? = nil,
        source: String? = nil,
        url: String? = nil,
        language: String? = nil,
        paragraphs: [String] = []
    ) {
        self.origin = origin
        self.title = title
        self.authors = authors
        self.published = published
        self.source = source
        self.url = url
        self.language = language
        self.paragraphs = paragraphs
    }
}

extension ArticleDraft {
    /// The paragraphs' text in UTF-8 bytes: what the ingest's batches and read-ahead are
    /// bounded by, so that long articles make them end sooner.
    var paragraphBytes: Int {
        paragraphs.reduce(0) { $0 + $1.utf8.count }
    }
}
