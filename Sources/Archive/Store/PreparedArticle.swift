/// An extracted article with what the writer derives from its text before it touches the
/// database: the content hash (exact duplicates), the MinHash signature (near-duplicates) and
/// the words each quotation must store itself (`QuoteText`).
///
/// Pure functions of the text, so the ingest computes them on the cores that extract, not on
/// the one thread that writes: the writer is what an ingest waits for (issue #6).
public struct PreparedArticle: Sendable {
    public let extracted: ExtractedArticle
    let hash: [UInt8]
    /// Nil for a text too short to compare (see `MinHash.init?(paragraphs:minimumWords:)`).
    let signature: MinHash?
    /// `quote.text` for each of `extracted.quotes`: nil when the paragraph holds the words.
    let storedQuoteTexts: [String?]

    public init(_ extracted: ExtractedArticle) {
        self.extracted = extracted
        // The body's words, found once for both.
        let words = ContentFingerprint.words(of: extracted.article)
        hash = ContentFingerprint.hash(ofWords: words)
        signature = extracted.article.paragraphs.isEmpty ? nil : MinHash(words: words)
        storedQuoteTexts = extracted.quotes.map { QuoteText.stored($0, paragraphs: extracted.article.paragraphs) }
    }
}
