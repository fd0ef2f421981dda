import Foundation

/// The `---` block at the top of a plain-text article that gives its metadata.
struct FrontMatter {
    var fields: [(key: String, value: String)]

    /// Removes a leading front-matter block from `lines` and returns it; nil (and `lines`
    /// untouched) when the text does not open with one.
    static func parse(_ lines: inout [String]) -> FrontMatter? {
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), lines[first] == "---",
              let close = lines[(first + 1)...].firstIndex(of: "---") else { return nil }
        var fields: [(String, String)] = []
        for line in lines[(first + 1)..<close] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let quote = value.first, "\"'".contains(quote), value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            fields.append((key, value))
        }
        // A block with no `key: value` line is a horizontal rule, not front matter.
        guard !fields.isEmpty else { return nil }
        lines.removeSubrange(...close)
        return FrontMatter(fields: fields)
    }

    func apply(to draft: inout ArticleDraft, origin: String, report: (InputProblem) -> Void) {
        for (key, value) in fields where !value.isEmpty {
            switch key {
            case "title", "headline": draft.title = value
            case "source", "publisher", "outlet": draft.source = value
            case "url", "link", "canonical": draft.url = value
            case "language", "lang": draft.language = value
            case "author", "authors", "byline":
                draft.authors = Self.list(value)
            case "date", "published", "publication_date", "date_publish":
                if let date = DateParser.parse(value) {
                    draft.published = date
                } else {
                    report(InputProblem(origin: origin, reason: "front matter date '\(value)' is not a date I can read; the article is stored undated"))
                    draft.published = nil
                }
            default: continue
            }
        }
    }

    /// `[a, b]`, `a, b`, `a and b` or `a; b`.
    static func list(_ value: String) -> [String] {
        var text = Substring(value)
        if text.hasPrefix("["), text.hasSuffix("]") { text = text.dropFirst().dropLast() }
        return text.replacingOccurrences(of: " and ", with: ",")
            .split(whereSeparator: { $0 == "," || $0 == ";" })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"'")) }
            .filter { !$0.isEmpty }
    }
}
