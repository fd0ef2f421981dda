import Testing
@testable import Archive

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    private func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter().sentences(in: text).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test func splitsAtSentencePunctuation() {
        #expect(split("Talks resumed. Nothing changed! Why not?") == ["Talks resumed.", "Nothing changed!", "Why not?"])
    }

    @Test(arguments: [
        "Mr. Trump met Sen. Warren in the Oval Office.",
        "Gov. Newsom and Dr. Fauci spoke on Jan. 5 at the meeting.",
        "Donald J. Trump won 3.1 percent more of the vote.",
        "The U.S. Senate and the U.K. Parliament disagreed.",
        "Inflation rose to 2.5 percent at 9 a.m. on Friday.",
    ])
    func keepsAbbreviationsInitialsAndDecimalsInsideOneSentence(_ sentence: String) {
        #expect(split(sentence) == [sentence])
    }

    @Test func abbreviationEndsSentenceBeforeATypicalOpener() {
        #expect(split("Troops will not go to the U.S. The talks continue.") == ["Troops will not go to the U.S.", "The talks continue."])
    }

    @Test func closingQuoteBelongsToTheSentenceItEnds() {
        #expect(split("He said: “It can’t be NATO.” Leaders met later.") == ["He said: “It can’t be NATO.”", "Leaders met later."])
    }

    @Test func questionInsideQuoteFollowedByLowercaseDoesNotSplit() {
        #expect(split("“Why not?” she asked. They left.") == ["“Why not?” she asked.", "They left."])
    }

    @Test func offsetsAreUnicodeScalarsTrimmedOfWhitespace() {
        let ranges = SentenceSplitter().sentences(in: "  Zelenskyy’s visit ended. Then talks began.  ")
        #expect(ranges == [2..<26, 27..<44])
    }

    @Test func emptyAndBlankTextHaveNoSentences() {
        #expect(SentenceSplitter().sentences(in: "").isEmpty)
        #expect(SentenceSplitter().sentences(in: "   ").isEmpty)
    }

    @Test func textWithoutFinalPunctuationIsOneSentence() {
        #expect(split("Related content") == ["Related content"])
    }
}
