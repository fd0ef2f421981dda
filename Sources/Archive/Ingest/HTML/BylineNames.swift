import Foundation

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
