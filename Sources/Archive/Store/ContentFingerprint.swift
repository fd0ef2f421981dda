/// The content hash that makes two inputs "the same article": SHA-256 over the body's words,
/// folded to lower case, so that white space, punctuation and case differences do not matter.
enum ContentFingerprint {
    /// Bytes of the SHA-256 digest kept. 16 bytes (128 bits) make two different texts' hashes
    /// meet with a chance of about n² / 2¹²⁹ in an archive of n articles — one in 10¹⁸ at a
    /// billion; the other 16 bytes cost 0.73 MB of the 21 MB benchmark's archive, in a table and
    /// a unique index keyed at random that every new article writes to.
    static let byteCount = 16

    static func hash(of article: ArticleDraft) -> [UInt8] {
        hash(ofWords: words(of: article))
    }

    static func hash(ofWords words: [UInt8]) -> [UInt8] {
        Array(SHA256.hash(words).prefix(byteCount))
    }

    /// What the hash is taken of: the body's words (the title's when there is no body).
    static func words(of article: ArticleDraft) -> [UInt8] {
        let parts = article.paragraphs.isEmpty ? [article.title] : article.paragraphs
        var bytes: [UInt8] = []
        for part in parts {
            appendWords(of: part, to: &bytes)
        }
        return bytes
    }

    /// Appends the lower-cased runs of letters and digits of `text`, each followed by a space.
    static func appendWords(of text: String, to bytes: inout [UInt8]) {
        var inWord = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, (0x61...0x7A).contains(scalar.value) || (0x30...0x39).contains(scalar.value) {
                bytes.append(UInt8(scalar.value))
                inWord = true
            } else if !scalar.isASCII, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                bytes.append(contentsOf: String(scalar).utf8)
                inWord = true
            } else if inWord {
                bytes.append(0x20)
                inWord = false
            }
        }
        if inWord { bytes.append(0x20) }
    }
}
