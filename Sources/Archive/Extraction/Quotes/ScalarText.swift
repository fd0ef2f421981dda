/// A paragraph as Unicode scalars with its word and punctuation tokens, the form the quote
/// extractor scans. Offsets are scalar offsets into the paragraph.
struct ScalarText {
    struct Token {
        let start: Int
        let end: Int
        /// Letters, digits and the apostrophes, hyphens and periods inside them ("can’t", "U.S", "5-4").
        let isWord: Bool
        /// The token lower-cased, with curly apostrophes straightened ("can't").
        let folded: String
        let isCapitalized: Bool
    }

    let scalars: [Unicode.Scalar]
    let tokens: [Token]

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        self.tokens = Self.tokenize(scalars)
    }

    func string(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// The index of the first token that starts at or after `offset` (`tokens.count` when none does).
    func firstToken(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The index just past the last token that ends at or before `offset`.
    func tokenEnd(atOrBefore offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    func isWord(_ index: Int, _ word: String) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].folded == word
    }

    func isPunctuation(_ index: Int, _ mark: String) -> Bool {
        index >= 0 && index < tokens.count && !tokens[index].isWord && tokens[index].folded == mark
    }

    /// Number of word tokens in `range` of token indexes.
    func wordCount(_ range: Range<Int>) -> Int {
        var count = 0
        for index in range where tokens[index].isWord { count += 1 }
        return count
    }

    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isNewsLetter || scalar.isNewsDigit
    }

    /// The word lower-cased with straight apostrophes, without going through String for ASCII words.
    private static func fold(_ word: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.count)
        for scalar in word {
            guard scalar.value < 0x80 else {
                var view = String.UnicodeScalarView()
                for letter in word { view.append(letter == "\u{2019}" ? "'" : letter) }
                return String(view).lowercased()
            }
            let value = UInt8(scalar.value)
            bytes.append(value &- 0x41 < 26 ? value | 0x20 : value)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    private static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if scalar.isNewsSpace {
                index += 1
                continue
            }
            guard isLetterOrDigit(scalar) else {
                tokens.append(Token(start: index, end: index + 1, isWord: false, folded: String(Character(scalar)), isCapitalized: false))
                index += 1
                continue
            }
            var end = index + 1
            while end < count {
                if isLetterOrDigit(scalars[end]) {
                    end += 1
                } else if end + 1 < count, isLetterOrDigit(scalars[end + 1]),
                          isApostrophe(scalars[end]) || scalars[end] == "-" || scalars[end] == "." {
                    end += 2
                } else {
                    break
                }
            }
            tokens.append(Token(start: index, end: end, isWord: true, folded: fold(scalars[index..<end]), isCapitalized: scalar.isNewsUppercase))
            index = end
        }
        return tokens
    }
}
