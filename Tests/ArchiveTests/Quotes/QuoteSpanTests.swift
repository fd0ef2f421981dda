import Testing
@testable import Archive

@Suite("QuoteSpan")
struct QuoteSpanTests {
    private func quoted(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return QuoteSpan.find(in: scalars).map { String(String.UnicodeScalarView(scalars[$0.contentStart..<$0.contentEnd])) }
    }

    @Test func curlyDoubleMarks() {
        #expect(quoted("“There’ll be some form of security,” Trump said.") == ["There’ll be some form of security,"])
    }

    @Test func straightDoubleMarksOpenBeforeAWordAndCloseAfterOne() {
        #expect(quoted("He said \"yes\" and then \"no.\"") == ["yes", "no."])
    }

    @Test func doubledApostrophesAreADoubleMark() {
        #expect(quoted("''That makes me smart,'' he said.") == ["That makes me smart,"])
    }

    @Test(arguments: ["There’ll be peace. It can’t be NATO.", "Russia’s invasion and the allies’ plans", "the farmers' market and Trump's plan"])
    func apostrophesAreNotQuotationMarks(_ text: String) {
        #expect(quoted(text).isEmpty)
    }

    @Test func singleMarksAreFoundButFlagged() throws {
        let scalars = Array("He called it the 'Coalition of the Willing', to discuss plans.".unicodeScalars)
        let span = try #require(QuoteSpan.find(in: scalars).first)
        #expect(span.isSingle)
        #expect(String(String.UnicodeScalarView(scalars[span.contentStart..<span.contentEnd])) == "Coalition of the Willing")
    }

    @Test func singleMarksInsideDoubleOnesAreLeftAlone() {
        #expect(quoted("“He said ‘look, this is not who we are’ to them,” she said.") == ["He said ‘look, this is not who we are’ to them,"])
    }

    @Test func quoteLeftOpenRunsToTheParagraphEnd() throws {
        let text = "“We will work with Ukraine. "
        let span = try #require(QuoteSpan.find(in: Array(text.unicodeScalars)).first)
        #expect(!span.isClosed)
        #expect(span.contentStart == 1)
        #expect(span.contentEnd == 27)
    }

    @Test func closingMarkTypedAsOpeningStartsAQuote() {
        #expect(quoted("”Fear. I am truly afraid,” said one reader.") == ["Fear. I am truly afraid,"])
    }
}
