/// How a quotation's words are stored: nearly always they are its paragraph's text between its
/// offsets, and then the `quote.text` column holds NULL and the `quote_text` view reads them
/// from the paragraph. Only the rest — a quotation over several paragraphs, or words that are
/// not the paragraph's exactly — keep their own copy.
enum QuoteText {
    /// The value for `quote.text`: nil when the `quote_text` view gives back exactly `quote.text`.
    static func stored(_ quote: Quotation, paragraphs: [String]) -> String? {
        guard quote.paragraph == quote.endParagraph, paragraphs.indices.contains(quote.paragraph) else { return quote.text }
        let scalars = paragraphs[quote.paragraph].unicodeScalars
        // SQLite's substr counts characters, which are Unicode scalars, but stops at a NUL.
        guard quote.start >= 0, quote.start <= quote.end, quote.end <= scalars.count,
              !scalars.contains("\u{0}") else { return quote.text }
        let start = scalars.index(scalars.startIndex, offsetBy: quote.start)
        let end = scalars.index(start, offsetBy: quote.end - quote.start)
        return scalars[start..<end].elementsEqual(quote.text.unicodeScalars) ? nil : quote.text
    }
}
