/// Tags a document in two greedy left-to-right passes of averaged-perceptron weights: the
/// first reads each sentence alone; the second also reads what the first tagged the same words
/// elsewhere in the document (`TokenView.documentType`), so that "LEBED" in a headline learns
/// from "Alexander Lebed" in the text.
struct SequenceTagger: Sendable {
    let firstPass: PerceptronModel
    let secondPass: PerceptronModel
    let commonWords: CommonWords

    /// The tagger with the trained weights compiled into the binary, decoded on first use.
    static let trained: SequenceTagger = {
        do {
            return SequenceTagger(
                firstPass: try PerceptronModel(base64: TaggerWeights.firstPass),
                secondPass: try PerceptronModel(base64: TaggerWeights.secondPass),
                commonWords: try CommonWords(encoded: PerceptronModel.bytes(base64: TaggerWeights.commonWords))
            )
        } catch {
            fatalError("\(error)")
        }
    }()

    /// The tags of each text (sentence or paragraph) of one document.
    func tag(document: [[TokenView]]) -> [[EntityTag]] {
        let features = document.map(StaticFeatures.init(sentence:))
        var views = document
        TokenView.markDocumentTypes(&views, tags: zip(document, features).map { firstPass.tagGreedily($0, features: $1).tags })
        return zip(views, features).map { views, features in
            let (tags, alternatives) = secondPass.tagGreedily(views, features: features.addingDocumentFeatures(of: views))
            return Self.resolvingMisc(tags, alternatives: alternatives, views: views)
        }
    }

    /// Tags with each misc name that is not a nationality given another type: a country or
    /// place on the gazetteer is a place ("U.K." before a title, where 1996 wire copy wrote
    /// "British"); another name ("Zelensky") takes the best type among person, organization and
    /// place at its first word when that scored close to misc.
    static func resolvingMisc(_ tags: [EntityTag], alternatives: [PerceptronModel.Alternative?], views: [TokenView]) -> [EntityTag] {
        var tags = tags
        var i = 0
        while i < tags.count {
            guard tags[i] == .beginMisc, let alternative = alternatives[i] else { i += 1; continue }
            var end = i + 1
            while end < tags.count && tags[end] == .insideMisc { end += 1 }
            let nationality = (i..<end).contains { views[$0].gazetteer & Gazetteer.Category.nationality.rawValue != 0 }
            if !nationality && !(i..<end).contains(where: { views[$0].looksLikeNationality }) {
                let place = end - i == 1 && views[i].gazetteer & (Gazetteer.Category.country.rawValue | Gazetteer.Category.place.rawValue) != 0
                if place || alternative.margin <= Self.miscMargin {
                    let type = place ? .place : alternative.type
                    for k in i..<end { tags[k] = EntityTag(type: type, begins: k == i) }
                }
            }
            i = end
        }
        return tags
    }

    /// How far below misc the best other type may score and still replace it (tuned on CoNLL dev:
    /// wider margins turn events and competitions, "World Cup", into people and organizations).
    static let miscMargin: Float = 8

    /// The best-scoring tag that may follow `previous` (ties go to the earlier tag).
    @inline(__always) static func best<Score: Comparable>(_ scores: [Score], after previous: EntityTag) -> EntityTag {
        scores.withUnsafeBufferPointer { best($0, after: previous) }
    }

    @inline(__always) static func best<Score: Comparable>(_ scores: UnsafeBufferPointer<Score>, after previous: EntityTag) -> EntityTag {
        var best = EntityTag.outside
        var bestScore = scores[0]
        // By raw value rather than `allCases`, which builds an array on every call.
        for raw in 1..<UInt8(EntityTag.count) {
            let tag = EntityTag(rawValue: raw)!
            if tag.mayFollow(previous) && scores[Int(raw)] > bestScore {
                best = tag
                bestScore = scores[Int(raw)]
            }
        }
        return best
    }
}

extension PerceptronModel {
    /// The tags of `views`, one sentence or paragraph: each token takes the best-scoring tag
    /// that may follow the one before it. Where that is the start of a misc name, `alternatives`
    /// holds the best-scoring of the other types' starts.
    typealias Alternative = (type: EntityTag.EntityType, margin: Float)

    func tagGreedily(_ views: [TokenView]) -> (tags: [EntityTag], alternatives: [Alternative?]) {
        tagGreedily(views, features: StaticFeatures(sentence: views).addingDocumentFeatures(of: views))
    }

    /// `tagGreedily(_:)` with the static features of `views` already built.
    func tagGreedily(_ views: [TokenView], features staticFeatures: StaticFeatures) -> (tags: [EntityTag], alternatives: [Alternative?]) {
        let width = EntityTag.count
        // The features that do not read earlier tags are scored for every token first, in a loop
        // with no decision in it. Scores are integer sums, so the order of adding them changes nothing.
        var staticScores = [Int32](repeating: 0, count: views.count * width)
        staticScores.withUnsafeMutableBufferPointer { all in
            for i in views.indices {
                accumulate(staticFeatures[token: i], into: UnsafeMutableBufferPointer(rebasing: all[(i * width)..<((i + 1) * width)]))
            }
        }
        var features = [UInt64]()
        features.reserveCapacity(4)
        var tags = [EntityTag]()
        tags.reserveCapacity(views.count)
        var scores = [Int32](repeating: 0, count: width)
        var alternatives = [Alternative?](repeating: nil, count: views.count)
        for i in views.indices {
            features.removeAll(keepingCapacity: true)
            let previous = i > 0 ? tags[i - 1] : .outside
            let beforePrevious = i > 1 ? tags[i - 2] : .outside
            FeatureExtractor.historyFeatures(views[i], previous: previous, beforePrevious: beforePrevious, into: &features)
            let tag = scores.withUnsafeMutableBufferPointer { scores in
                for t in 0..<width { scores[t] = staticScores[i * width + t] }
                accumulate(features[...], into: scores)
                return SequenceTagger.best(UnsafeBufferPointer(scores), after: previous)
            }
            if tag == .beginMisc {
                let starts: [EntityTag] = [.beginPerson, .beginOrganization, .beginPlace]
                let alternative = starts.max { scores[Int($0.rawValue)] < scores[Int($1.rawValue)] }!
                let margin = Float(scores[Int(EntityTag.beginMisc.rawValue)] - scores[Int(alternative.rawValue)]) * step
                alternatives[i] = (alternative.type!, margin)
            }
            tags.append(tag)
        }
        return (tags, alternatives)
    }
}
