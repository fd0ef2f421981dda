/// One word, number, abbreviation or punctuation mark, located by Unicode-scalar offsets.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        case word
        case number
        /// A word with its full stop ("U.S.", "Mr.", "J.").
        case abbreviation
        /// The possessive ending split off a word ("’s", "'s").
        case possessive
        case punctuation
    }

    /// Offsets in Unicode scalars, end exclusive.
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The first token of a sentence.
    public var startsSentence: Bool

    public init(start: Int, end: Int, kind: Kind, startsSentence: Bool = false) {
        self.start = start
        self.end = end
        self.kind = kind
        self.startsSentence = startsSentence
    }
}

/// Splits news text into tokens the way news writes words: "U.S.", "Mr.", "J.", "3.5",
/// "1,000", "peace-keeping", "O’Brien" stay whole; a possessive "’s" and punctuation stand
/// alone. It works on Unicode scalars so that offsets match what `EntityMention` reports.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ text: String) -> [Token] {
        tokenize(Array(text.unicodeScalars))
    }

    public func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 4)
        let n = s.count
        var i = 0
        var sentenceStart = true
        while i < n {
            let c = s[i]
            if Self.isSpace(c) { i += 1; continue }
            var token: Token
            if Self.isAlphanumeric(c) {
                token = word(in: s, from: i)
            } else if Self.isApostrophe(c), i > 0, Self.isAlphanumeric(s[i - 1]) || Self.followsWordAndSpace(s, i),
                      let length = Self.contractionLength(s, at: i) {
                let possessive = length == 2 && (s[i + 1] == "s" || s[i + 1] == "S")
                token = Token(start: i, end: i + length, kind: possessive ? .possessive : .word)
            } else {
                var j = i + 1
                // Ellipses and dashes written as runs ("...", "--") are one mark.
                if c == "." || c == "-" { while j < n && s[j] == c { j += 1 } }
                token = Token(start: i, end: j, kind: .punctuation)
            }
            token.startsSentence = sentenceStart
            sentenceStart = Self.sentenceStarts(after: token, in: s)
            tokens.append(token)
            i = token.end
        }
        return tokens
    }

    /// Whether the word after `token` starts a sentence: `token` is a full stop, question or
    /// exclamation mark, or punctuation (a quotation mark, a bracket) that follows a sentence start.
    static func sentenceStarts(after token: Token, in s: [Unicode.Scalar]) -> Bool {
        guard token.kind == .punctuation else { return false }
        let c = s[token.start]
        return c == "." || c == "!" || c == "?" || c == "…" || token.startsSentence
    }

    private func word(in s: [Unicode.Scalar], from start: Int) -> Token {
        let n = s.count
        var j = start
        var segmentLength = 0  // letters since the last internal full stop
        var allDigits = true
        var dotted = false
        while j < n {
            let c = s[j]
            if Self.isAlphanumeric(c) {
                if !Self.isDigit(c) { allDigits = false }
                segmentLength += 1
                j += 1
                continue
            }
            guard j + 1 < n else { break }
            let next = s[j + 1]
            let prev = s[j - 1]
            if Self.isHyphen(c), Self.isAlphanumeric(next) {
                j += 1; segmentLength = 0; continue
            }
            if c == ".", Self.isDigit(prev), Self.isDigit(next) {
                j += 1; continue
            }
            // "U.S", "e.g": single letters joined by full stops.
            if c == ".", segmentLength == 1, Self.isLetter(prev), Self.isLetter(next),
               j + 2 >= n || !Self.isLetter(s[j + 2]) {
                j += 1; segmentLength = 0; dotted = true; continue
            }
            if c == ",", Self.isDigit(prev),
               (1...3).allSatisfy({ j + $0 < n && Self.isDigit(s[j + $0]) }),
               j + 4 >= n || !Self.isDigit(s[j + 4]) {
                j += 1; continue
            }
            if Self.isApostrophe(c), Self.isLetter(next), Self.isLetter(prev) {
                // Possessives and contractions stand alone, as the training text writes them
                // ("Russia ’s", "We ’re", "do n't"); "O’Brien" stays whole.
                if Self.contractionLength(s, at: j) != nil { break }
                if (prev == "n" || prev == "N") && (next == "t" || next == "T") && j - 1 > start
                    && (j + 2 >= n || !Self.isLetter(s[j + 2])) {
                    j -= 1
                    break
                }
                j += 1; segmentLength = 0; continue
            }
            if c == "&", Self.isUppercase(prev), Self.isUppercase(next) {
                j += 1; continue
            }
            break
        }
        if j < n, s[j] == "." {
            let length = j - start
            let isInitial = length == 1 && Self.isUppercase(s[start])
            if dotted || isInitial || Self.isAbbreviation(s, start, j, followedByDigit: nextIsDigit(s, after: j + 1)) {
                return Token(start: start, end: j + 1, kind: .abbreviation)
            }
        }
        let kind: Token.Kind = allDigits || (Self.isDigit(s[start]) && !hasLetters(s, start, j)) ? .number : .word
        return Token(start: start, end: j, kind: kind)
    }

    /// The length of the contraction or possessive starting with the apostrophe at `index`
    /// ("’s", "'re", "’ll"), or nil when the letters after it go on into a name ("O’Brien").
    static func contractionLength(_ s: [Unicode.Scalar], at index: Int) -> Int? {
        var end = index + 1
        while end < s.count && end - index <= 3 && isLetter(s[end]) { end += 1 }
        guard end < s.count ? !isAlphanumeric(s[end]) : true else { return nil }
        var ending = ""
        for k in (index + 1)..<end { ending.unicodeScalars.append(s[k].value < 128 ? Unicode.Scalar(s[k].value | 32)! : s[k]) }
        return contractions.contains(ending) ? end - index : nil
    }

    /// Whether a space and then a word come just before `index`: text already tokenized the way
    /// the training data is ("Boatmen 's", "We 're") keeps its contractions whole.
    private static func followsWordAndSpace(_ s: [Unicode.Scalar], _ index: Int) -> Bool {
        index >= 2 && s[index - 1] == " " && isAlphanumeric(s[index - 2])
    }

    private static let contractions: Set<String> = ["s", "re", "ve", "ll", "d", "m"]

    private func hasLetters(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        (start..<end).contains { Self.isLetter(s[$0]) }
    }

    private func nextIsDigit(_ s: [Unicode.Scalar], after index: Int) -> Bool {
        var k = index
        while k < s.count && Self.isSpace(s[k]) { k += 1 }
        return k < s.count && Self.isDigit(s[k])
    }

    /// Words that news writes with a full stop: titles, months, company forms, a few Latin ones.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cmdr", "adm", "sgt", "maj",
        "rev", "hon", "pres", "supt", "insp", "det", "cpl", "pvt", "amb", "atty", "messrs",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "corp", "ltd", "co", "plc", "bros", "assn", "dept", "univ", "intl",
        "jr", "sr", "st", "mt", "ft", "ave", "blvd", "rd",
        "vs", "etc", "approx", "est", "fig", "no", "nos", "vol", "pp", "ed",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
        "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va",
        "vt", "wash", "wis", "wyo",
    ]

    private static func isAbbreviation(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, followedByDigit: Bool) -> Bool {
        let length = end - start
        guard length <= 6 else { return false }
        var word = ""
        for k in start..<end {
            let c = s[k]
            guard c.isASCII else { return false }
            word.unicodeScalars.append(isUppercase(c) ? Unicode.Scalar(c.value + 32)! : c)
        }
        guard abbreviations.contains(word) else { return false }
        // "No." is an abbreviation before a number only; elsewhere it ends a sentence.
        if word == "no" || word == "nos" { return followedByDigit }
        return true
    }

    // MARK: Scalar classes (an ASCII fast path, Unicode properties beyond it)

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? (c == " " || c == "\n" || c == "\t" || c == "\r") : c.properties.isWhitespace
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 48 && c.value <= 57
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v | 32) >= 97 && (v | 32) <= 122 }
        return c.properties.isAlphabetic
    }

    /// Letters, digits and the combining marks that belong to a letter ("e" + U+0301).
    @inline(__always) static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return isDigit(c) || isLetter(c) }
        if c.properties.isAlphabetic { return true }
        let category = c.properties.generalCategory
        return category == .nonspacingMark || category == .spacingMark || category == .decimalNumber
    }

    @inline(__always) static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v >= 65 && v <= 90 }
        return c.properties.isUppercase
    }

    @inline(__always) static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "\u{02BC}"
    }

    @inline(__always) static func isHyphen(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "\u{2010}" || c == "\u{2011}"
    }
}
