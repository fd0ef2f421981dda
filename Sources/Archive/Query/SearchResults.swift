/// The facts about an article that every query result shows.
public struct ArticleSummary: Sendable, Equatable {
    public var id: Int
    public var title: String
    public var source: String?
    public var published: String?
    public var url: String?
    public var origin: String?
}

/// One paragraph that matched, with the matched words marked (see `Highlight`).
public struct SearchMatch: Sendable, Equatable {
    /// The paragraph's 0-based ordinal in its article.
    public var paragraph: Int
    public var snippet: String
}

public struct SearchHit: Sendable, Equatable {
    public var article: ArticleSummary
    /// bm25-based: lower is better, as SQLite reports it.
    public var score: Double
    public var matches: [SearchMatch]
}

public struct SearchResults: Sendable, Equatable {
    public var hits: [SearchHit]
    /// Matching articles in all, before `limit` and `offset`.
    public var total: Int
    /// Matching articles left out because a date filter was given and they have no date.
    public var undatedExcluded: Int
}

/// The markers around matched words in snippets. Control characters cannot occur in stored
/// text (`TextNormalization` removes them), so they never collide with an article's words;
/// renderers swap them for colour or brackets.
public enum Highlight {
    public static let open: Character = "\u{2}"
    public static let close: Character = "\u{3}"
    /// The markers as the single UTF-8 bytes they are.
    static let openByte = open.asciiValue!
    static let closeByte = close.asciiValue!

    /// `text` with its markers replaced. The markers are single ASCII bytes, so the work is
    /// done on UTF-8 bytes rather than on characters, which would cost grapheme breaking.
    public static func render(_ text: String, open: String, close: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case openByte: out.append(contentsOf: open.utf8)
            case closeByte: out.append(contentsOf: close.utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
