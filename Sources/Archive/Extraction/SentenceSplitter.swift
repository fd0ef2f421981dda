/// Splits news prose into sentences, by Unicode-scalar offsets.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotation marks and brackets after it)
/// when whitespace and the start of a new sentence follow. News text is full of periods that end
/// nothing, so a period does not end a sentence after a title (`Mr.`, `Sen.`, `Gov.`), after an
/// initial (`Donald J. Trump`), or inside a number (`3.1`); after an abbreviation that can also
/// close a sentence (`U.S.`, `Jan.`, `Inc.`, `a.m.`) it ends one only when a typical sentence
/// opener follows (`… in the U.S. The talks …`).
struct SentenceSplitter: Sendable {
    init() {}

    /// The sentences of `text` as scalar ranges, trimmed of surrounding whitespace, in order.
    func sentences(in text: String) -> [Range<Int>] {
        sentences(in: Array(text.unicodeScalars))
    }

    /// The sentences of `scalars` as ranges, trimmed of surrounding whitespace, in order.
    func sentences(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let count = scalars.count
        var start = Self.skipSpace(scalars, from: 0)
        var index = start
        while index < count {
            guard Self.isTerminator(scalars[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < count, Self.isTerminator(scalars[end]) || Self.isCloser(scalars[end]) {
                end += 1
            }
            guard end < count, scalars[end].isNewsSpace else {
                index = end
                continue
            }
            let next = Self.skipSpace(scalars, from: end)
            if next < count, endsSentence(scalars, terminator: index, next: next) {
                result.append(start..<end)
                start = next
            }
            index = next
        }
        var end = count
        while end > start, scalars[end - 1].isNewsSpace { end -= 1 }
        if end > start { result.append(start..<end) }
        return result
    }

    private func endsSentence(_ scalars: [Unicode.Scalar], terminator: Int, next: Int) -> Bool {
        guard Self.startsSentence(scalars, at: next) else { return false }
        guard scalars[terminator] == "." else { return true }
        // The word before the period, with any periods inside it ("U.S", "a.m").
        var wordStart = terminator
        while wordStart > 0, scalars[wordStart - 1].isNewsLetter || scalars[wordStart - 1] == "." {
            wordStart -= 1
        }
        guard wordStart < terminator else { return true }
        let word = String(scalars: scalars[wordStart..<terminator]).lowercased()
        if Self.titles.contains(word) { return false }
        if word.unicodeScalars.count == 1, scalars[wordStart].isNewsUppercase { return false }
        if word.contains(".") || Self.closingAbbreviations.contains(word) {
            return Self.startsWithSentenceOpener(scalars, at: next)
        }
        return true
    }

    /// Whether a sentence can begin at `index`: an upper-case letter or a digit, possibly after opening marks.
    private static func startsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var index = index
        while index < scalars.count, isOpener(scalars[index]) { index += 1 }
        guard index < scalars.count else { return false }
        let scalar = scalars[index]
        return scalar.isNewsUppercase || scalar.isNewsDigit
    }

    private static func startsWithSentenceOpener(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var index = index
        while index < scalars.count, isOpener(scalars[index]) { index += 1 }
        var end = index
        while end < scalars.count, scalars[end].isNewsLetter { end += 1 }
        guard end > index else { return false }
        return sentenceOpeners.contains(String(scalars: scalars[index..<end]).lowercased())
    }

    private static func skipSpace(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
        var index = index
        while index < scalars.count, scalars[index].isNewsSpace { index += 1 }
        return index
    }

    // Classes of marks as switches: the splitter asks about every scalar, and a `Set` hashes each.

    @inline(__always) private static func isTerminator(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", "!", "?", "…": true
        default: false
        }
    }

    @inline(__always) private static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", ")", "]": true
        default: false
        }
    }

    @inline(__always) private static func isOpener(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "\u{201C}", "\u{2018}", "\u{00AB}", "\u{201E}", "(", "[": true
        default: false
        }
    }

    /// Abbreviations that always precede a name, so never end a sentence.
    private static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
        "maj", "prof", "rev", "hon", "pres", "supt", "det", "insp", "st", "mt", "ft", "messrs", "vs", "no", "nos",
    ]
    /// Abbreviations that may also close a sentence.
    private static let closingAbbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "corp", "co", "ltd", "llc", "jr", "sr", "etc", "al", "bros", "dept", "univ", "ave", "blvd",
    ]
    /// Words that typically open a sentence, so after `U.S.` or `Inc.` they show that a new one began.
    private static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "or", "so", "yet", "this", "that",
        "these", "those", "there", "his", "her", "their", "its", "our", "my", "in", "on", "at", "if", "when", "while",
        "as", "after", "before", "since", "although", "however", "still", "meanwhile", "some", "many", "most",
    ]
}

extension Unicode.Scalar {
    // ASCII answers first: the Unicode property tables were the slowest part of a scan (perf, BBC set).

    /// Whitespace.
    var isNewsSpace: Bool {
        value < 0x80 ? value == 0x20 || value &- 0x09 < 5 : properties.isWhitespace
    }

    /// A letter.
    var isNewsLetter: Bool {
        value < 0x80 ? (value | 0x20) &- 0x61 < 26 : properties.isAlphabetic
    }

    /// An upper-case letter.
    var isNewsUppercase: Bool {
        value < 0x80 ? value &- 0x41 < 26 : properties.isUppercase
    }

    /// A digit or other numeric character.
    var isNewsDigit: Bool {
        value < 0x80 ? value &- 0x30 < 10 : properties.numericType != nil
    }
}
