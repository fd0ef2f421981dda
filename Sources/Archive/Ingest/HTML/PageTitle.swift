/// The article's title as the page's `<title>` gives it, without the site's name.
///
/// "Obama admits … | BBC News" loses its last part; a first part is cut instead when that leaves
/// too few words ("BBC - Obama admits …"); "Site: Headline" keeps what follows the colon unless a
/// heading repeats the whole title. A title too long or short to be a headline gives way to the
/// page's only `<h1>`. The heuristics are those of Mozilla's Readability, which news pages are tuned for.
enum PageTitle {
    static let separators: Set<Character> = ["|", "-", "–", "—", "\\", "/", ">", "»"]
    static let hierarchicalSeparators: Set<Character> = ["\\", "/", ">", "»"]

    static func clean(document: HTMLDocument) -> String {
        let original = collapse(document.firstElement(named: "title")?.textContent ?? "")
        var title = original
        var hadHierarchicalSeparators = false
        let separatorPositions = positionsOfSpacedSeparators(in: original)

        if let last = separatorPositions.last {
            let characters = Array(original)
            hadHierarchicalSeparators = separatorPositions.contains { hierarchicalSeparators.contains(characters[$0 + 1]) }
            title = String(characters[..<last])
            if wordCount(title) < 3, let firstSeparator = characters.firstIndex(where: { separators.contains($0) }) {
                title = String(characters[(firstSeparator + 1)...])
            }
        } else if original.contains(": ") {
            let headings = document.elements(named: ["h1", "h2"]).map { collapse($0.textContent) }
            if !headings.contains(original) {
                let characters = Array(original)
                let lastColon = characters.lastIndex(of: ":")!
                let firstColon = characters.firstIndex(of: ":")!
                title = String(characters[(lastColon + 1)...])
                if wordCount(title) < 3 {
                    title = String(characters[(firstColon + 1)...])
                } else if wordCount(String(characters[..<firstColon])) > 5 {
                    title = original
                }
            }
        } else if original.count > 150 || original.count < 15 {
            let headings = document.elements(named: ["h1"])
            if headings.count == 1 { title = collapse(headings[0].textContent) }
        }

        title = collapse(title)
        let words = wordCount(title)
        let originalWithoutSeparators = String(original.filter { !separators.contains($0) })
        if words <= 4, !hadHierarchicalSeparators || words != wordCount(originalWithoutSeparators) - 1 {
            title = original
        }
        return title
    }

    /// Indexes of the space before each separator written between spaces (" | ").
    private static func positionsOfSpacedSeparators(in text: String) -> [Int] {
        let characters = Array(text)
        guard characters.count >= 3 else { return [] }
        return (0..<(characters.count - 2)).filter {
            characters[$0] == " " && separators.contains(characters[$0 + 1]) && characters[$0 + 2] == " "
        }
    }

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
