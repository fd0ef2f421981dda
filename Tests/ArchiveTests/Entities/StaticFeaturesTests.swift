import Testing
@testable import Archive

@Suite struct StaticFeaturesTests {
    private func views(_ text: String) -> [TokenView] {
        let scalars = Array(text.unicodeScalars)
        return TokenView.views(of: Tokenizer().tokenize(scalars), in: scalars, commonWords: CommonWords(hashes: []))
    }

    private func staticFeatures(_ views: [TokenView], _ i: Int) -> [UInt64] {
        var out: [UInt64] = []
        FeatureExtractor.staticFeatures(views, i, into: &out)
        return out
    }

    @Test func holdsEachTokensStaticFeaturesInTheFirstPass() {
        let sentence = views("LEBED said Alexander Lebed met officials in Moscow on Monday.")
        let features = StaticFeatures(sentence: sentence)
        #expect(features.tokenCount == sentence.count)
        for i in sentence.indices { #expect(Array(features[token: i]) == staticFeatures(sentence, i)) }
    }

    @Test func addsTheFirstPassFindingsForTheSecond() {
        let sentence = views("LEBED said Alexander Lebed met officials in Moscow on Monday.")
        var document = [sentence]
        let tags: [EntityTag] = [.beginPerson, .outside, .beginPerson, .insidePerson, .outside, .outside, .outside, .beginPlace, .outside, .outside, .outside]
        TokenView.markDocumentTypes(&document, tags: [tags])
        let marked = document[0]
        let features = StaticFeatures(sentence: sentence).addingDocumentFeatures(of: marked)
        for i in marked.indices {
            // The same features as one list; tagging sums them, so their order does not matter.
            #expect(features[token: i].sorted() == staticFeatures(marked, i).sorted())
            #expect(features[token: i].count > StaticFeatures(sentence: sentence)[token: i].count)
        }
    }
}
