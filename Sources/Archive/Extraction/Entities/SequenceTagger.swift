/// Tags a document in two greedy left-to-right passes of averaged-perceptron weights: the
/// first reads each sentence alone; the second also reads what the first tagged the same words
/// elsewhere in the document (`TokenView.documentType`), so that "LEBED" in a headline learns
/// from "Alexander Lebed" in the text.
struct SequenceTagger: Sendable {
    let firstPass: PerceptronModel
    let secondPass: PerceptronModel

    /// The tagger with the trained weights compiled into the binary, decoded on first use.
    static let trained: SequenceTagger = {
        do {
            return SequenceTagger(
                firstPass: try PerceptronModel(base64: TaggerWeights.firstPass),
                secondPass: try PerceptronModel(base64: TaggerWeights.secondPass)
            )
        } catch {
            fatalError("\(error)")
        }
    }()

    /// The tags of each text (sentence or paragraph) of one document.
    func tag(document: [[TokenView]]) -> [[EntityTag]] {
        var views = document
        TokenView.markDocumentTypes(&views, tags: document.map(firstPass.tagGreedily))
        return views.map(secondPass.tagGreedily)
    }

    @inline(__always) static func best(_ scores: [Float], after previous: EntityTag) -> EntityTag {
        var best = EntityTag.outside
        var bestScore = -Float.infinity
        for tag in EntityTag.allCases where tag.mayFollow(previous) && scores[Int(tag.rawValue)] > bestScore {
            best = tag
            bestScore = scores[Int(tag.rawValue)]
        }
        return best
    }
}

extension PerceptronModel {
    /// The tags of `views`, one sentence or paragraph: each token takes the best-scoring tag
    /// that may follow the one before it.
    func tagGreedily(_ views: [TokenView]) -> [EntityTag] {
        var tags = [EntityTag]()
        tags.reserveCapacity(views.count)
        var features = [UInt64]()
        features.reserveCapacity(96)
        var scores = [Float](repeating: 0, count: EntityTag.count)
        for i in views.indices {
            features.removeAll(keepingCapacity: true)
            FeatureExtractor.staticFeatures(views, i, into: &features)
            let previous = i > 0 ? tags[i - 1] : .outside
            let beforePrevious = i > 1 ? tags[i - 2] : .outside
            FeatureExtractor.historyFeatures(views[i], previous: previous, beforePrevious: beforePrevious, into: &features)
            for t in 0..<EntityTag.count { scores[t] = 0 }
            accumulate(features, into: &scores)
            tags.append(SequenceTagger.best(scores, after: previous))
        }
        return tags
    }
}
