import Foundation

/// What a page's schema.org JSON-LD says about its article.
///
/// The first `<script type="application/ld+json">` block holding an article type (`NewsArticle`,
/// `Article`, `BlogPosting` and the rest of the family, <https://schema.org/Article>) gives it,
/// found at the top level, in an array or in an `@graph`.
struct JSONLDMetadata: Equatable {
    var name: String?
    var headline: String?
    var authors: [String] = []
    var datePublished: String?
    var publisher: String?
    var url: String?

    /// Reads the first article object in `scripts`, the texts of the page's JSON-LD blocks.
    static func read(scripts: [String]) -> JSONLDMetadata? {
        for script in scripts {
            guard let article = firstArticle(in: script) else { continue }
            return JSONLDMetadata(article)
        }
        return nil
    }

    private init(_ object: [String: Any]) {
        name = Self.text(object["name"])
        headline = Self.text(object["headline"])
        authors = Self.names(object["author"])
        datePublished = Self.text(object["datePublished"]) ?? Self.text(object["dateCreated"])
        publisher = Self.names(object["publisher"]).first
        url = Self.text(object["url"])
    }

    static func firstArticle(in script: String) -> [String: Any]? {
        var text = script.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("<![CDATA[") { text.removeFirst(9) }
        if text.hasSuffix("]]>") { text.removeLast(3) }
        guard let data = text.data(using: .utf8),
              let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        // Breadth first, without recursion: top level, then arrays and `@graph` lists.
        var queue: [Any] = [json]
        var index = 0
        while index < queue.count, index < 1000 {
            let value = queue[index]
            index += 1
            if let array = value as? [Any] {
                queue.append(contentsOf: array)
            } else if let object = value as? [String: Any] {
                if isArticle(object["@type"]), fromSchemaOrg(object["@context"]) { return object }
                if let graph = object["@graph"] as? [Any] { queue.append(contentsOf: graph) }
            }
        }
        return nil
    }

    /// The article types: schema.org's `Article` and its descendants that news pages use.
    static let articleTypes: Set<String> = [
        "Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle",
        "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Report",
        "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting",
        "LiveBlogPosting", "DiscussionForumPosting", "TechArticle", "APIReference",
    ]

    private static func isArticle(_ type: Any?) -> Bool {
        if let type = type as? String {
            let local = type.split(separator: "/").last.map(String.init) ?? type
            return articleTypes.contains(local)
        }
        if let types = type as? [Any] { return types.contains { isArticle($0) } }
        return false
    }

    /// Objects nested in a graph inherit its context, so a missing one passes.
    private static func fromSchemaOrg(_ context: Any?) -> Bool {
        switch context {
        case nil: return true
        case let text as String: return text.lowercased().contains("schema.org")
        case let object as [String: Any]: return fromSchemaOrg(object["@vocab"])
        case let array as [Any]: return array.contains { fromSchemaOrg($0) }
        default: return false
        }
    }

    private static func text(_ value: Any?) -> String? {
        guard let value = value as? String else { return nil }
        let decoded = HTMLEntities.decode(value).trimmingCharacters(in: .whitespacesAndNewlines)
        return decoded.isEmpty ? nil : decoded
    }

    /// A person or organisation given as a string, an object with a `name`, or a list of either.
    private static func names(_ value: Any?) -> [String] {
        switch value {
        case let name as String: return text(name).map { [$0] } ?? []
        case let object as [String: Any]: return text(object["name"]).map { [$0] } ?? []
        case let list as [Any]: return list.flatMap { item -> [String] in
            if let name = item as? String { return text(name).map { [$0] } ?? [] }
            if let object = item as? [String: Any] { return text(object["name"]).map { [$0] } ?? [] }
            return []
        }
        default: return []
        }
    }
}
