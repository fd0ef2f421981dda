import Testing
@testable import Archive

@Suite struct TokenizerTests {
    private func words(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer().tokenize(text).map { token in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.start..<token.end])
            return String(view)
        }
    }

    @Test func splitsWordsAndPunctuation() {
        #expect(words("Trump said: “No.”") == ["Trump", "said", ":", "“", "No", ".", "”"])
    }

    @Test(arguments: ["U.S.", "U.K.", "Mr.", "Mrs.", "Sen.", "Gov.", "Jan.", "Inc.", "Corp.", "e.g."])
    func keepsAnAbbreviationWithItsFullStop(_ abbreviation: String) {
        #expect(words("The \(abbreviation) rose") == ["The", abbreviation, "rose"])
    }

    @Test func keepsAnAbbreviationThatEndsTheSentence() {
        #expect(words("troops to the U.S. Trump said") == ["troops", "to", "the", "U.S.", "Trump", "said"])
    }

    @Test func splitsTheFullStopOffAnOrdinaryWord() {
        #expect(words("He left Kyiv. Then") == ["He", "left", "Kyiv", ".", "Then"])
    }

    @Test func keepsInitials() {
        #expect(words("George W. Bush and J.K. Rowling") == ["George", "W.", "Bush", "and", "J.K.", "Rowling"])
    }

    @Test func keepsDecimalsAndThousands() {
        #expect(words("up 3.5 percent to 1,250,000 on 1996-08-30.") == ["up", "3.5", "percent", "to", "1,250,000", "on", "1996-08-30", "."])
    }

    @Test func keepsHyphenatedWords() {
        #expect(words("a post-war, cease-fire deal") == ["a", "post-war", ",", "cease-fire", "deal"])
    }

    @Test func keepsApostrophesInsideNames() {
        #expect(words("O’Brien and O'Neill met") == ["O’Brien", "and", "O'Neill", "met"])
    }

    @Test func splitsThePossessiveOff() {
        #expect(words("Russia’s invasion and Trump's plan") == ["Russia", "’s", "invasion", "and", "Trump", "'s", "plan"])
        #expect(Tokenizer().tokenize("Russia’s")[1].kind == .possessive)
    }

    @Test func splitsContractionsAsTheTrainingTextDoes() {
        #expect(words("“We’re sure it can't,” he’ll say") == ["“", "We", "’re", "sure", "it", "ca", "n't", ",", "”", "he", "’ll", "say"])
    }

    @Test func keepsContractionsWholeInTextAlreadyTokenized() {
        #expect(words("Boatmen 's Bancshares said we 're") == ["Boatmen", "'s", "Bancshares", "said", "we", "'re"])
        #expect(words("he said 'so'") == ["he", "said", "'", "so", "'"])
    }

    @Test func treatsNoAsAnAbbreviationOnlyBeforeANumber() {
        #expect(words("He is No. 1") == ["He", "is", "No.", "1"])
        #expect(words("He said No. Then") == ["He", "said", "No", ".", "Then"])
    }

    @Test func reportsOffsetsInUnicodeScalars() {
        let tokens = Tokenizer().tokenize("“Zelenskyy” met Putin")
        #expect(tokens.map(\.start) == [0, 1, 10, 12, 16])
        #expect(tokens.map(\.end) == [1, 10, 11, 15, 21])
    }

    @Test func countsScalarsNotCharactersBeyondASCII() {
        // "é" written as e + combining accent is two scalars.
        let tokens = Tokenizer().tokenize("Jose\u{301} Mourinho")
        #expect(tokens.map(\.start) == [0, 6])
        #expect(tokens.map(\.end) == [5, 14])
    }

    @Test func marksSentenceStartsPastQuotationMarks() {
        let tokens = Tokenizer().tokenize("He left. “Then Mr. Smith came.” Next")
        let words = tokens.filter { $0.startsSentence && $0.kind == .word }.map(\.start)
        #expect(words == [0, 10, 32])
    }
}
