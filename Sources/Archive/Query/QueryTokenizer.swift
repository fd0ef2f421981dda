/// Splits a typed query into terms and operators for `SearchQuery`.
enum QueryTokenizer {
    enum Token: Equatable {
        case term(words: [String], prefix: Bool, negated: Bool)
        case or
    }

    private static let quoteMarks: Set<Character> = ["\"", "“", "”", "„", "«", "»", "＂"]

    static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
                continue
            }
            var negated = false
            var start = index
            if character == "-" || character == "−", index + 1 < characters.count,
               !characters[index + 1].isWhitespace {
                negated = true
                start += 1
            }
            if start < characters.count, quoteMarks.contains(characters[start]) {
                // A phrase runs to the closing mark, or to the end when a person left it open.
                var end = start + 1
                while end < characters.count, !quoteMarks.contains(characters[end]) { end += 1 }
                let words = Self.words(in: String(characters[(start + 1)..<min(end, characters.count)]))
                var prefix = false
                if end + 1 < characters.count, characters[end + 1] == "*" { prefix = true; end += 1 }
                if !words.isEmpty { tokens.append(.term(words: words, prefix: prefix, negated: negated)) }
                index = end + 1
                continue
            }
            var end = start
            while end < characters.count, !characters[end].isWhitespace, !quoteMarks.contains(characters[end]) { end += 1 }
            let raw = String(characters[start..<end])
            index = end
            if raw == "OR", !negated {
                tokens.append(.or)
                continue
            }
            let words = Self.words(in: raw)
            guard !words.isEmpty else { continue }
            tokens.append(.term(words: words, prefix: raw.hasSuffix("*"), negated: negated))
        }
        // An OR with no term on one side joins nothing; it is dropped rather than searched for.
        while tokens.first == .or { tokens.removeFirst() }
        while tokens.last == .or { tokens.removeLast() }
        return tokens
    }

    /// The letter-and-digit runs of `text`: what FTS5's unicode61 tokenizer would index.
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current.removeAll()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }
}
