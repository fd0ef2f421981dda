import Foundation

/// The metadata a page states about its article, read before the body is looked for.
///
/// Sources in order of trust: schema.org JSON-LD, then `<meta>` tags (Dublin Core, OpenGraph,
/// `article:*`, Twitter, Parse.ly, plain `author`/`date` names), then the page itself
/// (`<title>` or else the first `<h1>`, `<time datetime>`, `<html lang>`). A byline found in the body text is added
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
        if title.isEmpty, let heading = document.elements(named: ["h1"]).first {
            title = PageTitle.collapse(heading.textContent)
        }

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
