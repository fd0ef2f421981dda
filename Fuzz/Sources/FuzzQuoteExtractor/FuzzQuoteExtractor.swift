import Archive

/// Paragraphs are the input's lines. Every quotation must lie within the paragraphs it names.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let entities = EntityExtractor().extract(title: nil, paragraphs: paragraphs)
    for quote in QuoteExtractor().extract(paragraphs: paragraphs, entities: entities) {
        guard quote.paragraph >= 0, quote.paragraph <= quote.endParagraph, quote.endParagraph < paragraphs.count,
              quote.start >= 0, quote.start <= paragraphs[quote.paragraph].unicodeScalars.count,
              quote.end >= 0, quote.end <= paragraphs[quote.endParagraph].unicodeScalars.count,
              quote.paragraph != quote.endParagraph || quote.start <= quote.end
        else { fatalError("quotation out of its paragraphs: \(quote) in \(paragraphs.count) paragraphs of \(text.debugDescription)") }
    }
    return 0
}
