/// The static features (`FeatureExtractor`) of every token of one sentence, in one flat array.
/// The tagger builds those that do not read the first pass once, for both passes, and adds the
/// first pass's document features for the second.
struct StaticFeatures {
    private var features: [UInt64] = []
    /// Where each token's features end in `features`.
    private var ends: [Int] = []

    /// The features of each token of `views` that do not read the first pass: all of its static
    /// features in the first pass, where there is nothing of it to read.
    init(sentence views: [TokenView]) {
        features.reserveCapacity(views.count * 48)
        ends.reserveCapacity(views.count)
        for i in views.indices {
            FeatureExtractor.sentenceFeatures(views, i, into: &features)
            ends.append(features.count)
        }
    }

    private init() {}

    var tokenCount: Int { ends.count }

    subscript(token i: Int) -> ArraySlice<UInt64> {
        features[(i == 0 ? 0 : ends[i - 1])..<ends[i]]
    }

    /// These features with the document features of `views` (the same sentence, marked with the
    /// first pass's findings) added to each token's.
    func addingDocumentFeatures(of views: [TokenView]) -> StaticFeatures {
        precondition(views.count == tokenCount)
        var out = StaticFeatures()
        out.features.reserveCapacity(features.count + views.count * 8)
        out.ends.reserveCapacity(views.count)
        for i in views.indices {
            out.features.append(contentsOf: self[token: i])
            FeatureExtractor.documentFeatures(views, i, into: &out.features)
            out.ends.append(out.features.count)
        }
        return out
    }
}
