import Foundation

/// Trains the entity tagger: an averaged perceptron over `FeatureExtractor`'s features,
/// decoding greedily with its own earlier tags as history, as `SequenceTagger` will.
public struct PerceptronTrainer: Sendable {
    public var epochs: Int
    /// log2 of the number of hashed feature rows.
    public var bucketBits: Int

    public init(epochs: Int = 12, bucketBits: Int = 18) {
        self.epochs = epochs
        self.bucketBits = bucketBits
    }

    /// Span-level figures over person, organization and place names.
    public struct Score: Sendable, CustomStringConvertible {
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var description: String {
            "P \(Self.format(precision))  R \(Self.format(recall))  F1 \(Self.format(f1))"
        }
        static func format(_ value: Double) -> String {
            let scaled = Int((value * 10000).rounded())
            return "\(scaled / 100).\(scaled % 100 < 10 ? "0" : "")\(scaled % 100)%"
        }
    }

    public struct Result: Sendable {
        /// The model as `PerceptronModel.encoded()` writes it.
        public var encoded: [UInt8]
        /// The score on the development data of the stored (quantised) model, when given.
        public var developmentScore: Score?
    }

    /// Trains on CoNLL-format `training` text; `development` text, when given, is only scored.
    public func train(training: String, development: String?, log: (String) -> Void) throws -> Result {
        let train = Self.examples(try ConllCorpus(text: training))
        let dev = try development.map { Self.examples(try ConllCorpus(text: $0)) }
        log("training on \(train.count) sentences, \(train.reduce(0) { $0 + $1.tags.count }) tokens")

        let rows = 1 << bucketBits
        let width = EntityTag.count
        var weights = [Float](repeating: 0, count: rows * width)
        var totals = [Double](repeating: 0, count: rows * width)
        var stamps = [Int32](repeating: 0, count: rows * width)
        var step: Int32 = 0
        var order = Array(train.indices)
        var random = SplitMix(seed: 2003)
        var features = [UInt64]()

        for epoch in 1...epochs {
            random.shuffle(&order)
            var mistakes = 0
            for index in order {
                let example = train[index]
                var tags = [EntityTag]()
                tags.reserveCapacity(example.tags.count)
                for i in example.tags.indices {
                    step += 1
                    features.removeAll(keepingCapacity: true)
                    features.append(contentsOf: example.features[i])
                    let previous = i > 0 ? tags[i - 1] : .outside
                    let beforePrevious = i > 1 ? tags[i - 2] : .outside
                    FeatureExtractor.historyFeatures(example.views[i], previous: previous, beforePrevious: beforePrevious, into: &features)
                    var scores = [Float](repeating: 0, count: width)
                    for feature in features {
                        let row = PerceptronModel.row(of: feature, bucketBits: bucketBits)
                        for t in 0..<width { scores[t] += weights[row + t] }
                    }
                    let guess = SequenceTagger.best(scores, after: previous)
                    let gold = example.tags[i]
                    if guess != gold {
                        mistakes += 1
                        for feature in features {
                            let row = PerceptronModel.row(of: feature, bucketBits: bucketBits)
                            for (tag, delta) in [(gold, Float(1)), (guess, Float(-1))] {
                                let slot = row + Int(tag.rawValue)
                                totals[slot] += Double(step - stamps[slot]) * Double(weights[slot])
                                stamps[slot] = step
                                weights[slot] += delta
                            }
                        }
                    }
                    tags.append(guess)
                }
            }
            var line = "epoch \(epoch): \(mistakes) mistakes"
            if let dev {
                let model = PerceptronModel(bucketBits: bucketBits, weights: Self.averaged(weights, totals, stamps, step))
                line += "; dev \(Self.score(SequenceTagger(model: model), on: dev))"
            }
            log(line)
        }

        let averaged = PerceptronModel(bucketBits: bucketBits, weights: Self.averaged(weights, totals, stamps, step))
        let encoded = averaged.encoded()
        var score: Score?
        if let dev { score = Self.score(SequenceTagger(model: try PerceptronModel(encoded: encoded)), on: dev) }
        return Result(encoded: encoded, developmentScore: score)
    }

    private static func averaged(_ weights: [Float], _ totals: [Double], _ stamps: [Int32], _ step: Int32) -> [Float] {
        var out = [Float](repeating: 0, count: weights.count)
        for k in weights.indices {
            let total = totals[k] + Double(step - stamps[k]) * Double(weights[k])
            out[k] = Float(total / Double(step))
        }
        return out
    }

    /// A training sentence with its views (document flags set) and static features computed once.
    struct Example {
        var views: [TokenView]
        var features: [[UInt64]]
        var tags: [EntityTag]
    }

    static func examples(_ corpus: ConllCorpus) -> [Example] {
        var examples: [Example] = []
        for document in corpus.documents {
            var views = document.map { TokenView.views(of: $0.tokens, in: $0.scalars) }
            TokenView.markDocumentCase(&views)
            for (sentence, sentenceViews) in zip(document, views) {
                var features: [[UInt64]] = []
                for i in sentenceViews.indices {
                    var out: [UInt64] = []
                    FeatureExtractor.staticFeatures(sentenceViews, i, into: &out)
                    features.append(out)
                }
                examples.append(Example(views: sentenceViews, features: features, tags: sentence.tags))
            }
        }
        return examples
    }

    /// Exact-span precision, recall and F1 for person, organization and place names.
    static func score(_ tagger: SequenceTagger, on examples: [Example]) -> Score {
        var correct = 0, guessed = 0, expected = 0
        for example in examples {
            let gold = Set(spans(example.tags))
            let found = spans(tagger.tag(example.views))
            guessed += found.count
            expected += gold.count
            correct += found.filter(gold.contains).count
        }
        let precision = guessed == 0 ? 0 : Double(correct) / Double(guessed)
        let recall = expected == 0 ? 0 : Double(correct) / Double(expected)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return Score(precision: precision, recall: recall, f1: f1)
    }

    struct Span: Hashable {
        var type: EntityTag.EntityType
        var start: Int
        var end: Int
    }

    /// The scored names in a tag sequence (misc names are not scored).
    static func spans(_ tags: [EntityTag]) -> [Span] {
        var spans: [Span] = []
        var i = 0
        while i < tags.count {
            guard let type = tags[i].type else { i += 1; continue }
            var j = i + 1
            while j < tags.count && tags[j].type == type && !tags[j].isBegin { j += 1 }
            if type != .misc { spans.append(Span(type: type, start: i, end: j)) }
            i = j
        }
        return spans
    }
}

/// A small seeded generator, so that training is reproducible.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            array.swapAt(i, j)
        }
    }
}

extension PerceptronTrainer.Result {
    /// The Swift source of `TaggerWeights` holding these weights: one string literal, which
    /// compiles quickly where a large array literal would not.
    public var swiftSource: String {
        """
        // Generated by Scripts/train-tagger from CoNLL-2003 train.txt; do not edit.
        // The averaged-perceptron weights of the entity tagger, as PerceptronModel.encoded() bytes in base64.
        enum TaggerWeights {
            static let base64 = "\(Data(encoded).base64EncodedString())"
        }

        """
    }
}
