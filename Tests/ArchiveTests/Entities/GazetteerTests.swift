import Testing
@testable import Archive

@Suite struct GazetteerTests {
    @Test func knowsMultiWordEntriesWhateverTheirCase() {
        #expect(Gazetteer.shared.categories(of: "New York").contains(.place))
        #expect(Gazetteer.shared.categories(of: "UNITED KINGDOM").contains(.country))
        #expect(Gazetteer.shared.categories(of: "Fox News").contains(.organization))
        #expect(Gazetteer.shared.categories(of: "New").isEmpty)
    }

    @Test func marksEveryTokenOfAnEntryAndTheContinuation() {
        let text = "He flew to New York on Monday."
        let scalars = Array(text.unicodeScalars)
        let views = TokenView.views(of: Tokenizer().tokenize(scalars), in: scalars, commonWords: CommonWords(hashes: []))
        #expect(views[3].gazetteer & Gazetteer.Category.place.rawValue != 0)
        #expect(views[3].gazetteer & Gazetteer.continuation == 0)
        #expect(views[4].gazetteer & Gazetteer.continuation != 0)
        #expect(views[6].gazetteer & Gazetteer.Category.calendar.rawValue != 0)
    }

    @Test func aNameEntryNeedsACapital() {
        let text = "turkey and china"
        let scalars = Array(text.unicodeScalars)
        let views = TokenView.views(of: Tokenizer().tokenize(scalars), in: scalars, commonWords: CommonWords(hashes: []))
        #expect(views.allSatisfy { $0.gazetteer == 0 })
    }
}
