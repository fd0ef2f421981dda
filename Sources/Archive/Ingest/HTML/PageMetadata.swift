import Foundation

/// The metadata a page states about its article, read before the body is looked for.
///
/// Sources in order of trust: schema.org JSON-LD, then `<meta>` tags (Dublin Core, OpenGraph,
/// `article:*`, Twitter, Parse.ly, plain `author`/`date` names), then the page itself
/// (`<title>`, `<time datetime>`, `<html lang>`). A byline found in the body text is added
/// later by the scorer, which also removes it from the paragraphs.
struct PageMetadata {
    var title = ""
    /// `<title>` with a trailing or leading site name cut off: what headings are compared with.
    var documentTitle = ""
    var authors: [String] = []
    var published: PublishedDate?
    var url: String?
    var source: String?
    var language: String?

    init(document: HTMLDocument) {
        let meta = MetaTags(document: document)
        let jsonLD = JSONLDMetadata.read(scripts: document.elements(named: ["script"])
            .filter { $0.attribute("type")?.lowercased().trimmingCharacters(in: .whitespaces) == "application/ld+json" }
            .map(\.textContent))
        documentTitle = PageTitle.clean(document: document)

        title = Self.jsonLDTitle(jsonLD, documentTitle: documentTitle)
            ?? meta.first(["dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title",
                           "twitter:title", "parsely-title"])
            ?? documentTitle

        if let names = jsonLD?.authors, !names.isEmpty {
            authors = names
        } else if let bylines = ["dc:creator", "dcterm:creator", "author", "parsely-author"].lazy
            .map({ meta.all($0) }).first(where: { !$0.isEmpty }) {
            authors = bylines.flatMap(BylineNames.split)
        } else {
            // `article:author` is an OpenGraph property, and often a profile URL rather than a name.
            authors = meta.all("article:author", propertiesOnly: true).filter { !Self.looksLikeURL($0) }
                .flatMap(BylineNames.split)
        }

        let dateTexts = [jsonLD?.datePublished].compactMap { $0 }
            + meta.all(in: Self.publishedNames)
            + Self.timeElements(in: document)
        published = dateTexts.lazy.compactMap(DateParser.parse).first

        let canonical = document.elements(named: ["link"])
            .first { ($0.attribute("rel") ?? "").lowercased().split(separator: " ").contains("canonical") }?
            .attribute("href")
        url = [canonical, meta.first(["og:url"]), jsonLD?.url].compactMap { $0?.trimmingCharacters(in: .whitespaces) }
            .first { Self.looksLikeURL($0) }
        source = meta.first(["og:site_name"]) ?? jsonLD?.publisher
        language = Self.language(document: document, meta: meta)
    }

    /// The names under which `<meta>` tags give the publication date, most trusted first.
    static let publishedNames = [
        "article:published_time", "parsely-pub-date", "og:published_time", "article:published", "datepublished",
        "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc:date", "dc:date:issued", "dcterms:date",
        "dcterms:issued", "dcterms:created", "dcterm:created", "sailthru:date", "article:published_date",
    ]

    /// JSON-LD's `name`, or its `headline` when that is what the page's `<title>` shows and the name is not
    /// (a Wikipedia page's `headline` is a description, its `name` the title).
    private static func jsonLDTitle(_ jsonLD: JSONLDMetadata?, documentTitle: String) -> String? {
        guard let jsonLD else { return nil }
        if let name = jsonLD.name, let headline = jsonLD.headline, name != headline {
            let nameMatches = TextSimilarity.similarity(name, documentTitle) > 0.75
            let headlineMatches = TextSimilarity.similarity(headline, documentTitle) > 0.75
            return headlineMatches && !nameMatches ? headline : name
        }
        return jsonLD.name ?? jsonLD.headline
    }

    /// `datetime` of `<time>` elements: those marked as the publication date first.
    private static func timeElements(in document: HTMLDocument) -> [String] {
        let times = document.elements(named: ["time"]).filter { $0.attribute("datetime") != nil }
        let marked = times.filter {
            $0.attribute("pubdate") != nil || ($0.attribute("itemprop") ?? "").lowercased().contains("datepublished")
        }
        return (marked + times).compactMap { $0.attribute("datetime") }
    }

    private static func language(document: HTMLDocument, meta: MetaTags) -> String? {
        let candidates = [
            document.root?.attribute("lang"), document.root?.attribute("xml:lang"),
            meta.first(["content-language", "language", "dc:language"]),
            meta.first(["og:locale"])?.replacingOccurrences(of: "_", with: "-"),
        ]
        return candidates.lazy.compactMap { $0?.trimmingCharacters(in: .whitespaces) }
            .map { $0.split(separator: ",").first.map(String.init) ?? $0 }
            .first { !$0.isEmpty }
    }

    static func looksLikeURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//")
    }
}

/// The page's `<meta>` values by normalised name: `property="og:title"`, `name="DC.title"` and
/// `http-equiv="content-language"` become `og:title`, `dc:title` and `content-language`.
/// Where a page gives a name both as an OpenGraph-style `property` and as a `name`, the property wins.
struct MetaTags {
    private struct Entry {
        var name: String
        var content: String
        var isProperty: Bool
    }

    private var entries: [Entry] = []

    init(document: HTMLDocument) {
        for element in document.elements(named: ["meta"]) {
            guard let content = element.attribute("content")?.trimmingCharacters(in: .whitespacesAndNewlines),
                  !content.isEmpty else { continue }
            // `property` may list several names, as in `property="dc:title og:title"`.
            var seen = Set<String>()
            for (attribute, isProperty) in [("property", true), ("name", false), ("itemprop", false), ("http-equiv", false)] {
                for name in (element.attribute(attribute) ?? "").split(whereSeparator: \.isWhitespace) {
                    let normalized = Self.normalize(name)
                    if seen.insert(normalized).inserted {
                        entries.append(Entry(name: normalized, content: content, isProperty: isProperty))
                    }
                }
            }
        }
    }

    static func normalize<S: StringProtocol>(_ name: S) -> String {
        var folded = name.lowercased()
        if folded.hasPrefix("dc.") || folded.hasPrefix("dcterms.") || folded.hasPrefix("dcterm.") || folded.hasPrefix("sailthru.")
            || folded.hasPrefix("weibo:") || folded.hasPrefix("article.") {
            folded = folded.replacingOccurrences(of: ".", with: ":")
        }
        // Some pages write OpenGraph's article properties as `og:article:author`.
        if folded.hasPrefix("og:article:") { folded.removeFirst(3) }
        return folded
    }

    /// The value under the first of `names` that the page has.
    func first(_ names: [String], propertiesOnly: Bool = false) -> String? {
        names.lazy.compactMap { all($0, propertiesOnly: propertiesOnly).first }.first
    }

    /// Every value under `name`: those given as properties, or else those given as names.
    func all(_ name: String, propertiesOnly: Bool = false) -> [String] {
        let matching = entries.filter { $0.name == name }
        let properties = matching.filter(\.isProperty)
        if !properties.isEmpty || propertiesOnly { return properties.map(\.content) }
        return matching.map(\.content)
    }

    /// Every value under any of `names`, in the order of `names`.
    func all(in names: [String]) -> [String] {
        names.flatMap { all($0) }
    }
}

/// Splits a byline into the people it names: "By Ana Sandoiu" or "Stella Kim, Jennifer Jett".
enum BylineNames {
    static func split(_ byline: String) -> [String] {
        var text = byline.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for prefix in ["by:", "by ", "par ", "von ", "por ", "door ", "di "] where text.lowercased().hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        guard !text.isEmpty else { return [] }
        var parts = [text]
        for separator in [", ", " and ", " & ", "; ", " | "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        parts = parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // Only split where every part reads like a name; "Jong, Michiel de" is one person.
        let namelike = parts.allSatisfy { (2...4).contains($0.split(separator: " ").count) }
        return parts.count > 1 && namelike ? parts : [text]
    }
}

/// How much of one text's words the other shares, as Readability compares a heading with the title.
enum TextSimilarity {
    static func tokens(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
    }

    /// 1 when every word of `b` is in `a`; less by the share of `b`'s text made of words that are not.
    static func similarity(_ a: String, _ b: String) -> Double {
        let tokensA = Set(tokens(a))
        let tokensB = tokens(b)
        guard !tokensA.isEmpty, !tokensB.isEmpty else { return 0 }
        let unique = tokensB.filter { !tokensA.contains($0) }
        let distance = Double(unique.joined(separator: " ").count) / Double(tokensB.joined(separator: " ").count)
        return 1 - distance
    }
}
