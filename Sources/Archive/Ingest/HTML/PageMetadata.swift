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
        } else if let byline = meta.first(["dc:creator", "dcterm:creator", "author", "parsely-author"]) {
            authors = BylineNames.split(byline)
        } else {
            authors = meta.all("article:author").filter { !Self.looksLikeURL($0) }.flatMap(BylineNames.split)
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

    /// JSON-LD's `headline`, or its `name` when that is what the page's title shows and the headline is not.
    private static func jsonLDTitle(_ jsonLD: JSONLDMetadata?, documentTitle: String) -> String? {
        guard let jsonLD else { return nil }
        if let name = jsonLD.name, let headline = jsonLD.headline, name != headline {
            let nameMatches = TextSimilarity.similarity(name, documentTitle) > 0.75
            let headlineMatches = TextSimilarity.similarity(headline, documentTitle) > 0.75
            return nameMatches && !headlineMatches ? name : headline
        }
        return jsonLD.headline ?? jsonLD.name
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
struct MetaTags {
    private var values: [(name: String, content: String)] = []

    init(document: HTMLDocument) {
        for element in document.elements(named: ["meta"]) {
            guard let content = element.attribute("content")?.trimmingCharacters(in: .whitespacesAndNewlines),
                  !content.isEmpty else { continue }
            // `property` may list several names, as in `property="dc:title og:title"`.
            let names = [element.attribute("property"), element.attribute("name"), element.attribute("itemprop"),
                         element.attribute("http-equiv")]
                .compactMap { $0 }
                .flatMap { $0.split(whereSeparator: \.isWhitespace) }
                .map { Self.normalize($0) }
            var seen = Set<String>()
            for name in names where seen.insert(name).inserted {
                values.append((name, content))
            }
        }
    }

    static func normalize<S: StringProtocol>(_ name: S) -> String {
        var folded = name.lowercased()
        if folded.hasPrefix("dc.") || folded.hasPrefix("dcterms.") || folded.hasPrefix("dcterm.") || folded.hasPrefix("sailthru.")
            || folded.hasPrefix("weibo:") || folded.hasPrefix("article.") {
            folded = folded.replacingOccurrences(of: ".", with: ":")
        }
        return folded
    }

    /// The first value under the first of `names` that the page has.
    func first(_ names: [String]) -> String? {
        for name in names {
            if let value = values.first(where: { $0.name == name }) { return value.content }
        }
        return nil
    }

    func all(_ name: String) -> [String] {
        values.filter { $0.name == name }.map(\.content)
    }

    /// Every value under any of `names`, in the order of `names`.
    func all(in names: [String]) -> [String] {
        names.flatMap(all)
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
