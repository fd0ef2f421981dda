import Foundation

extension ArticleDraft {
    /// The draft as the archive stores it, whichever reader made it: text in Unicode NFC with
    /// control characters removed and white space folded, empty paragraphs dropped (and any
    /// past the 1,024th joined to it, `ParagraphID.fitted`), authors de-duplicated, and a title
    /// (derived from the lead when the input gave none).
    public func normalized() -> ArticleDraft {
        var copy = self
        copy.paragraphs = ParagraphID.fitted(WireSignature.removed(from: paragraphs.map(TextNormalization.clean)).filter { !$0.isEmpty })
        copy.title = TextNormalization.clean(title)
        if copy.title.isEmpty, let lead = copy.paragraphs.first {
            copy.title = LeadTitle.derive(from: lead)
        }
        var seen = Set<String>()
        copy.authors = authors.map(TextNormalization.clean).filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
        copy.source = source.map(TextNormalization.clean).flatMap { $0.isEmpty ? nil : $0 }
        copy.url = url.map(TextNormalization.clean).flatMap { $0.isEmpty ? nil : $0 }
        copy.language = language.map { TextNormalization.clean($0).lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
        return copy
    }
}

/// A news agency's sign-off at the very end of a story ("… 55.8 (33.7). REUTER"): not part of
/// the text, and a name the entity tagger would otherwise take for a person.
enum WireSignature {
    /// Sign-offs that may end a story after its last sentence.
    static let signatures: Set<String> = ["REUTER", "Reuter", "REUTERS", "Reuters", "AP", "AFP", "UPI"]
    /// The 1987 wire's own sign-off, which also follows figures and unfinished lines ("13.1 mln REUTER").
    static let bareSignatures: Set<String> = ["REUTER", "Reuter"]

    static func removed(from paragraphs: [String]) -> [String] {
        guard let last = paragraphs.last else { return paragraphs }
        var copy = paragraphs
        var text = Substring(last)
        while text.hasSuffix(".") || text.hasSuffix("…") { text = text.dropLast() }
        let space = text.lastIndex(of: " ")
        let word = String(space.map { text[text.index(after: $0)...] } ?? text)
        guard signatures.contains(word) else { return paragraphs }
        guard let space else {
            copy.removeLast()
            return copy
        }
        let before = text[..<space]
        guard bareSignatures.contains(word) || before.last.map({ ".!?)\"”".contains($0) }) == true else { return paragraphs }
        copy[copy.count - 1] = String(before)
        return copy
    }
}

/// The text clean-up every stored string goes through.
public enum TextNormalization {
    /// NFC, no control characters, runs of white space folded to one space, trimmed.
    public static func clean(_ text: String) -> String {
        // Most news text is ASCII: its bytes are cleaned as bytes, a third of the cost of
        // building the result a scalar at a time.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return cleanASCII(text) }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var needsNFC = false
        for scalar in text.unicodeScalars {
            // ASCII first: Unicode.Scalar.properties is slow, and most news text is ASCII.
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if isASCIISpace(byte) {
                    pendingSpace = !out.isEmpty
                } else if isASCIIKept(byte) {
                    if pendingSpace { out.append(" "); pendingSpace = false }
                    out.append(scalar)
                }
                continue
            }
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            // C0 and C1 controls, and the zero-width characters that only hide words from search.
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || scalar == "\u{200B}" || scalar == "\u{FEFF}" || scalar == "\u{00AD}" {
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            if scalar.value >= 0x300 { needsNFC = true }
            out.append(scalar)
        }
        let folded = String(out)
        // Below U+0300 no character composes, so most news text skips the costly NFC pass.
        return needsNFC ? folded.precomposedStringWithCanonicalMapping : folded
    }

    /// ASCII white space, and NUL: each separates words.
    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) || byte == 0 }
    /// Printable ASCII; the other controls and DEL are dropped.
    private static func isASCIIKept(_ byte: UInt8) -> Bool { byte >= 0x20 && byte != 0x7F }

    /// `clean` for text whose every byte is ASCII (which is already NFC).
    private static func cleanASCII(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if isASCIISpace(byte) {
                pendingSpace = !out.isEmpty
            } else if isASCIIKept(byte) {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A title made from an article's first sentence, for inputs that give none.
enum LeadTitle {
    static let maximumLength = 110

    static func derive(from lead: String) -> String {
        let sentence = firstSentence(of: lead)
        guard sentence.count > maximumLength else { return sentence }
        let cut = sentence.prefix(maximumLength)
        let words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return words.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:–—-")) + "…"
    }

    /// Up to the first full stop, question or exclamation mark that ends a sentence: one
    /// followed by a space and a capital, and not closing an initial or an abbreviation like "U.S.".
    private static func firstSentence(of text: String) -> String {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if ".!?".contains(character), index + 2 < characters.count, characters[index + 1] == " ",
               characters[index + 2].isUppercase || characters[index + 2] == "“" || characters[index + 2] == "\"" {
                if character != "." || !endsAbbreviation(characters, at: index) {
                    return String(characters[...index])
                }
            }
            index += 1
        }
        return text
    }

    private static func endsAbbreviation(_ characters: [Character], at dot: Int) -> Bool {
        var start = dot
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        let word = String(characters[start..<dot])
        return word.count <= 1 || word.contains(".") || abbreviations.contains(word)
    }

    private static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "St", "Jr", "Sr",
        "Prof", "Rev", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "No", "vs",
    ]
}
