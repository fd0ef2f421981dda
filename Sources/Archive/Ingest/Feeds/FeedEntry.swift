import Foundation

/// What one RSS item or Atom entry said, gathered element by element as the feed streams
/// past, then turned into a draft.
struct FeedEntry {
    /// An element of an item that the archive uses, whichever feed dialect named it.
    enum Field {
        case title
        case link
        case guid
        case published, pubDate, dcDate, issued, created, updated, modified
        case author, creator
        case content, description, summary, itunesSummary
    }

    struct Link {
        var href: String
        var rel: String?
        var type: String?
    }

    /// The line the item starts on, for problems reported about it.
    let line: Int
    var language: String?
    var title: String?
    var titleIsHTML = false
    var rssLink: String?
    var links: [Link] = []
    var guid: String?
    var guidIsPermaLink = true
    var dates: [Field: String] = [:]
    var authors: [String] = []
    var bodies: [Field: Body] = [:]

    enum Body {
        case plain(String)
        case html(String)
        case paragraphs([String])
    }

    init(line: Int, language: String?) {
        self.line = line
        self.language = language
    }

    /// Which field an element of an item is, from its namespace and local name.
    static func field(_ vocabulary: FeedVocabulary, _ name: String) -> Field? {
        switch (vocabulary, name) {
        case (.rss, "title"), (.atom, "title"), (.dublinCore, "title"): return .title
        case (.rss, "link"), (.atom, "link"): return .link
        case (.rss, "guid"): return .guid
        case (.atom, "published"): return .published
        case (.rss, "pubDate"), (.rss, "pubdate"): return .pubDate
        case (.dublinCore, "date"): return .dcDate
        case (.atom, "issued"), (.dublinCoreTerms, "issued"): return .issued
        case (.atom, "created"), (.dublinCoreTerms, "created"): return .created
        case (.atom, "updated"): return .updated
        case (.atom, "modified"), (.dublinCoreTerms, "modified"): return .modified
        case (.rss, "author"), (.atom, "author"): return .author
        case (.dublinCore, "creator"): return .creator
        case (.content, "encoded"), (.atom, "content"): return .content
        case (.rss, "description"): return .description
        case (.atom, "summary"): return .summary
        case (.iTunes, "summary"): return .itunesSummary
        default: return nil
        }
    }

    /// The publication date fields, most telling first: a feed's "updated" is only used when
    /// it gives nothing better, since it moves with every edit.
    static let datePreference: [Field] = [.published, .pubDate, .dcDate, .issued, .created, .updated, .modified]
    static let bodyPreference: [Field] = [.content, .description, .summary, .itunesSummary]

    func draft(origin: String, source: String?, fallbackLanguage: String?, report: (InputProblem) -> Void) -> ArticleDraft {
        var draft = ArticleDraft(origin: origin, source: source, language: language ?? fallbackLanguage)
        if let title {
            draft.title = titleIsHTML || FeedMarkup.looksLikeHTML(title) ? FeedMarkup.line(from: title) : title
        }
        draft.url = url
        draft.authors = authors.compactMap(Self.personName)
        draft.published = published(origin: origin, report: report)
        for field in Self.bodyPreference {
            let paragraphs: [String]
            switch bodies[field] {
            case nil: continue
            case let .plain(text): paragraphs = FeedMarkup.plainParagraphs(text)
            case let .html(text): paragraphs = FeedMarkup.paragraphs(from: text)
            case let .paragraphs(list): paragraphs = list
            }
            if !paragraphs.isEmpty {
                draft.paragraphs = paragraphs
                break
            }
        }
        return draft
    }

    /// RSS `<link>`, else Atom's alternate link (or its first), else a guid that is a permalink.
    var url: String? {
        if let rssLink, !rssLink.isBlank { return Self.escapedURL(rssLink) }
        let alternates = links.filter { ($0.rel ?? "alternate") == "alternate" }
        if let link = alternates.first(where: { $0.type == nil || $0.type!.contains("html") }) ?? alternates.first ?? links.first {
            return link.href
        }
        if let guid, guidIsPermaLink, guid.trimmed.hasPrefix("http") { return Self.escapedURL(guid) }
        return nil
    }

    /// The address trimmed, with the characters a URL may not hold (spaces, `|`, `"`, `<`, `>`,
    /// `^`, `` ` ``, `{`, `}`, `\`, non-ASCII) percent-encoded as RFC 3986 asks; existing `%XX`
    /// escapes are kept.
    static func escapedURL(_ text: String) -> String {
        let trimmed = text.trimmed
        guard trimmed.utf8.contains(where: { !allowedInURL($0) }) else { return trimmed }
        var out = ""
        for byte in trimmed.utf8 {
            if allowedInURL(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return out
    }

    private static func allowedInURL(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~:/?#[]@!$&'()*+,;=%".utf8.contains(byte)
        }
    }

    private func published(origin: String, report: (InputProblem) -> Void) -> PublishedDate? {
        let given = Self.datePreference.compactMap { dates[$0] }.filter { !$0.isBlank }
        for text in given {
            if let date = DateParser.parse(text) { return date }
        }
        if let first = given.first {
            report(InputProblem(origin: origin, line: line, reason: "date '\(first.trimmed)' is not a date I can read; the item is stored undated"))
        }
        return nil
    }

    /// `jane@example.com (Jane Doe)` and `Jane Doe <jane@example.com>` give `Jane Doe`; a bare
    /// address names no one.
    static func personName(_ text: String) -> String? {
        var name = text.trimmed
        if let open = name.firstIndex(of: "("), name.hasSuffix(")"), name[..<open].contains("@") {
            name = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        } else if let open = name.firstIndex(of: "<"), name.hasSuffix(">") {
            name = String(name[..<open])
        }
        name = name.trimmed
        guard !name.isEmpty, !(name.contains("@") && !name.contains(" ")) else { return nil }
        return name
    }
}

/// The namespaces whose elements feeds are read from.
enum FeedVocabulary {
    case rss
    case atom
    case dublinCore
    case dublinCoreTerms
    case content
    case iTunes
    case other

    init(namespace: String) {
        switch namespace {
        case "", "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/", "http://backend.userland.com/rss2":
            self = .rss
        case "http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#": self = .atom
        case "http://purl.org/dc/elements/1.1/": self = .dublinCore
        case "http://purl.org/dc/terms/": self = .dublinCoreTerms
        case "http://purl.org/rss/1.0/modules/content/": self = .content
        case "http://www.itunes.com/dtds/podcast-1.0.dtd": self = .iTunes
        default: self = .other
        }
    }
}

fileprivate extension StringProtocol {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
