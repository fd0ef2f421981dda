import Foundation

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
