/// Tags tokens greedily from left to right with the averaged-perceptron weights: each token
/// takes the best-scoring tag that may follow the one before it.
struct SequenceTagger: Sendable {
    let model: PerceptronModel

    /// The tagger with the trained weights compiled into the binary, decoded on first use.
    static let trained: SequenceTagger = {
        do {
            return SequenceTagger(model: try PerceptronModel(base64: TaggerWeights.base64))
        } catch {
            fatalError("\(error)")
        }
    }()

    /// The tags of `views`, one sentence or paragraph.
    func tag(_ views: [TokenView]) -> [EntityTag] {
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
            model.accumulate(features, into: &scores)
            tags.append(Self.best(scores, after: previous))
        }
        return tags
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
