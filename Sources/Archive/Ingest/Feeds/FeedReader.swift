import Foundation

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom (1.0 and 0.3) feeds: one article per item or entry,
/// streamed in file order with origin `path#N`.
///
/// Each article takes the item's title, link (Atom: the alternate link, else the first),
/// date (published, pubDate, dc:date, then updated), authors (author, dc:creator, Atom
/// author names) and text (content:encoded or Atom content, else the description or
/// summary), with HTML turned into plain paragraphs. The feed's title is the source.
/// Parsing is libxml2's streaming reader under `XMLStream`'s safety rules.
public struct FeedReader: ArticleReader {
    public init() {}

    public func read(
        _ document: InputDocument,
        emit: (ArticleDraft) throws -> Void,
        report: (InputProblem) -> Void
    ) throws {
        var itemsRead = 0
        let malformed: XMLStream.Failure
        do {
            var pass = try FeedPass(stream: XMLStream(document.data, url: document.origin), origin: document.origin)
            defer { itemsRead = pass.emitted }
            try pass.run(emit: emit, report: report)
            return
        } catch let failure as XMLStream.Failure where failure.kind == .malformed {
            malformed = failure
        } catch let failure as XMLStream.Failure {
            throw InputProblem(origin: document.origin, line: failure.line, reason: failure.reason)
        }
        // The streaming reader stops at the first error. Feeds in the wild often have one (an
        // undeclared `&nbsp;`, a stray `&`); a recovering parse reads the rest, and the items
        // already emitted are not emitted twice. When that finds no feed either, the first
        // error is the one to report.
        do {
            var pass = try FeedPass(stream: XMLStream(recovering: document.data, url: document.origin), origin: document.origin, skipping: itemsRead)
            try pass.run(emit: emit, report: report)
        } catch let failure as XMLStream.Failure {
            let shown = failure.kind == .entities ? failure : malformed
            throw InputProblem(origin: document.origin, line: shown.line, reason: shown.reason)
        }
        report(InputProblem(origin: document.origin, line: malformed.line, reason: malformed.reason + "; the rest was read as libxml2 could recover it"))
    }
}

/// One pass over one feed.
private struct FeedPass {
    let stream: XMLStream
    let origin: String
    private var isAtom = false
    private var feedTitle: String?
    private var feedLanguage: String?
    /// Atom entries without an author have the feed's (RFC 4287, 4.2.1).
    private var feedAuthors: [String] = []
    /// Items met so far; the first `skipping` of them are read but not emitted.
    private var items = 0
    private let skipping: Int
    /// The number of the last item emitted.
    private(set) var emitted = 0
    /// Local names of the open elements outside items, root first.
    private var path: [String] = []

    init(stream: XMLStream, origin: String, skipping: Int = 0) {
        self.stream = stream
        self.origin = origin
        self.skipping = skipping
    }

    mutating func run(emit: (ArticleDraft) throws -> Void, report: (InputProblem) -> Void) throws {
        var sawRoot = false
        while try stream.next() {
            switch stream.kind {
            case .element:
                let name = stream.localName
                if !sawRoot {
                    sawRoot = true
                    guard ["rss", "RDF", "feed", "channel"].contains(name) else {
                        throw XMLStream.Failure(kind: .unexpected, line: stream.line, reason: "not a feed: the document's root is <\(name)>, not <rss>, <rdf:RDF> or <feed>")
                    }
                    isAtom = name == "feed"
                    feedLanguage = stream.language
                }
                let vocabulary = vocabulary(of: stream.namespace)
                if isEntry(name, vocabulary) {
                    items += 1
                    let entry = try readEntry()
                    if items > skipping {
                        var draft = entry.draft(origin: "\(origin)#\(items)", source: feedTitle, fallbackLanguage: feedLanguage, report: report)
                        if draft.authors.isEmpty { draft.authors = feedAuthors }
                        try emit(draft)
                        emitted = items
                    }
                    continue
                }
                if isFeedLevel, feedTitle == nil, name == "title", vocabulary == .rss || vocabulary == .atom {
                    feedTitle = FeedMarkup.line(from: try readText())
                    continue
                }
                if isFeedLevel, isAtom, name == "author", vocabulary == .atom {
                    if let author = try readChildren()["name"].flatMap(FeedEntry.personName) { feedAuthors.append(author) }
                    continue
                }
                if isFeedLevel, feedLanguage == nil, name == "language", vocabulary == .rss || vocabulary == .dublinCore {
                    feedLanguage = try readText()
                    continue
                }
                if !stream.isEmptyElement { path.append(name) }
            case .endElement:
                _ = path.popLast()
            case .text, .other:
                continue
            }
        }
    }

    /// A child of the channel (RSS), of the root (Atom), or of a bare `<channel>` root.
    private var isFeedLevel: Bool {
        isAtom ? path.count == 1 : path.last == "channel"
    }

    private func vocabulary(of namespace: String) -> FeedVocabulary {
        let vocabulary = FeedVocabulary(namespace: namespace)
        // An Atom feed that forgot its namespace still speaks Atom.
        return isAtom && namespace.isEmpty ? .atom : vocabulary
    }

    private func isEntry(_ name: String, _ vocabulary: FeedVocabulary) -> Bool {
        (name == "item" && vocabulary == .rss) || (name == "entry" && vocabulary == .atom)
    }

    /// Reads an item from its start tag through its end tag.
    private func readEntry() throws -> FeedEntry {
        var entry = FeedEntry(line: stream.line, language: stream.language)
        guard !stream.isEmptyElement else { return entry }
        let depth = stream.depth
        while try stream.next() {
            if stream.kind == .endElement, stream.depth == depth { break }
            guard stream.kind == .element, stream.depth == depth + 1,
                  let field = FeedEntry.field(vocabulary(of: stream.namespace), stream.localName) else { continue }
            try take(field, into: &entry)
        }
        return entry
    }

    private func take(_ field: FeedEntry.Field, into entry: inout FeedEntry) throws {
        switch field {
        case .title:
            guard entry.title == nil else { return try skip() }
            entry.titleIsHTML = ["html", "xhtml", "text/html"].contains(stream.attribute("type") ?? "")
            entry.title = try readText()
        case .link:
            if let href = stream.attribute("href") {
                entry.links.append(.init(href: resolved(href), rel: stream.attribute("rel"), type: stream.attribute("type")))
                try skip()
            } else {
                let text = try readText()
                if entry.rssLink == nil { entry.rssLink = text }
            }
        case .guid:
            entry.guidIsPermaLink = stream.attribute("isPermaLink")?.lowercased() != "false"
            entry.guid = try readText()
        case .published, .pubDate, .dcDate, .issued, .created, .updated, .modified:
            let text = try readText()
            if entry.dates[field] == nil { entry.dates[field] = text }
        case .author:
            // Atom: <author><name>…</name><email>…</email></author>; RSS: an e-mail address and name.
            if vocabulary(of: stream.namespace) == .atom {
                if let name = try readChildren()["name"] { entry.authors.append(name) }
            } else {
                entry.authors.append(try readText())
            }
        case .creator:
            entry.authors.append(try readText())
        case .content, .description, .summary, .itunesSummary:
            guard entry.bodies[field] == nil else { return try skip() }
            let type = (stream.attribute("type") ?? "").lowercased()
            if type == "xhtml" || type == "application/xhtml+xml" {
                entry.bodies[field] = .paragraphs(stream.xhtmlParagraphs())
                try skip()
            } else {
                // Atom says what its text is; RSS descriptions are HTML more often than not.
                let text = try readText()
                let isHTML = type.isEmpty ? FeedMarkup.looksLikeHTML(text) : type.contains("html")
                entry.bodies[field] = isHTML ? .html(text) : .plain(text)
            }
        }
    }

    /// The text inside the current element (and any elements within it), through its end tag.
    private func readText() throws -> String {
        guard !stream.isEmptyElement else { return "" }
        let depth = stream.depth
        var text = ""
        while try stream.next() {
            switch stream.kind {
            case .text: text += stream.value
            case .endElement where stream.depth == depth: return text
            default: continue
            }
        }
        return text
    }

    /// The text of each child element, by local name (the first of each name).
    private func readChildren() throws -> [String: String] {
        guard !stream.isEmptyElement else { return [:] }
        let depth = stream.depth
        var children: [String: String] = [:]
        while try stream.next() {
            if stream.kind == .endElement, stream.depth == depth { break }
            if stream.kind == .element, stream.depth == depth + 1 {
                let name = stream.localName
                let text = try readText()
                if children[name] == nil { children[name] = text.trimmingCharacters(in: .whitespacesAndNewlines) }
            }
        }
        return children
    }

    private func skip() throws { _ = try readText() }

    /// A relative link made absolute against the `xml:base` in force, when that is a web address.
    private func resolved(_ href: String) -> String {
        let href = FeedEntry.escapedURL(href)
        guard !href.contains("://"), let base = stream.baseURL, base.hasPrefix("http"),
              let url = URL(string: href, relativeTo: URL(string: base)) else { return href }
        return url.absoluteString
    }
}
