import Testing
@testable import Archive

/// Paragraphs stitched from the pieces attributions are made of, in random orders: whatever the
/// order, extraction finishes and every quotation points inside its paragraphs.
@Suite("QuoteExtractor: robustness")
struct QuoteRobustnessTests {
    private static let pieces = [
        "“", "”", "\"", "'", "‘", "’", "''", ",", ".", ":", ";", "—", "―", "(", ")", " ", " ", " ", "said", "says", "told",
        "according", "to", "that", "who", "he", "she", "Trump", "Mr.", "Ortiz", "the", "senator", "adding", "tweeting",
        "declined", "claim", "called", "and", "but", "officials", "U.S.", "3.1", "can’t", "Ortiz’s", "a", "poll", "shows",
    ]

    /// A small deterministic generator, so a failure always reproduces.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test(arguments: 0..<300)
    func randomParagraphsGiveQuotationsInsideThem(_ seed: Int) {
        var generator = Generator(state: UInt64(seed) &+ 1)
        let paragraphs = (0..<(1 + generator.next(3))).map { _ in
            (0..<(1 + generator.next(80))).map { _ in Self.pieces[generator.next(Self.pieces.count)] }.joined(separator: generator.next(2) == 0 ? " " : "")
        }
        let trump = EntityMention(text: "Trump", kind: .person, name: "Donald Trump", paragraph: 0, start: 0, end: 1)
        for quote in QuoteExtractor().extract(paragraphs: paragraphs, entities: [trump]) {
            #expect(quote.paragraph <= quote.endParagraph)
            #expect(quote.endParagraph < paragraphs.count)
            #expect(quote.start >= 0 && quote.start <= paragraphs[quote.paragraph].unicodeScalars.count)
            #expect(quote.end <= paragraphs[quote.endParagraph].unicodeScalars.count)
            #expect(!quote.text.isEmpty)
        }
    }
}
