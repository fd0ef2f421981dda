import Foundation

/// Trains the entity tagger's two passes: averaged perceptrons over `FeatureExtractor`'s
/// features, decoding greedily with their own earlier tags as history, as `SequenceTagger` will.
/// The second pass also reads what the first tagged the same words elsewhere in the document.
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
        /// The two passes' models as `PerceptronModel.encoded()` writes them.
        public var firstPass: [UInt8]
        public var secondPass: [UInt8]
        /// `CommonWords.encoded()`.
        public var commonWords: [UInt8]
        /// The score on the development data of the stored (quantised) models, when given.
        public var developmentScore: Score?
        /// Tokens per second of processor time the stored tagger labelled the development data at
        /// (both passes, from token views on), when given.
        public var tokensPerSecond: Double?
    }

    /// How many parts the training documents are cut into to give the second pass first-pass
    /// tags from a model that never saw them, as it will meet them in use.
    public var folds = 4

    /// Trains both passes on CoNLL-format `training` text; `development` text, when given, is
    /// only scored.
    public func train(training: String, development: String?, log: (String) -> Void) throws -> Result {
        let trainingCorpus = try ConllCorpus(text: training)
        let commonWords = CommonWords(learningFrom: Array(trainingCorpus.documents.joined()))
        var train = Self.documents(trainingCorpus, commonWords: commonWords)
        var dev = try development.map { Self.documents(try ConllCorpus(text: $0), commonWords: commonWords) }
        let tokenCount = train.joined().reduce(0) { $0 + $1.tags.count }
        log("training on \(train.count) documents, \(tokenCount) tokens")

        log("first pass")
        let first = trainPass(train.flatMap { $0 }, development: dev?.flatMap { $0 }, log: log)
        for fold in 0..<folds {
            log("first-pass tags for part \(fold + 1) of \(folds)")
            let others = train.indices.filter { $0 % folds != fold }.flatMap { train[$0] }
            let model = trainPass(others, development: nil, log: { _ in })
            for d in train.indices where d % folds == fold { Self.markDocumentTypes(&train[d], with: model) }
        }
        if dev != nil { for d in dev!.indices { Self.markDocumentTypes(&dev![d], with: first) } }
        log("second pass")
        let second = trainPass(train.flatMap { $0 }, development: dev?.flatMap { $0 }, log: log)

        let result = Result(firstPass: first.encoded(), secondPass: second.encoded(), commonWords: commonWords.encoded())
        guard let development else { return result }
        let stored = SequenceTagger(
            firstPass: try PerceptronModel(encoded: result.firstPass),
            secondPass: try PerceptronModel(encoded: result.secondPass),
            commonWords: try CommonWords(encoded: result.commonWords)
        )
        return try Self.evaluate(stored, on: development, result: result)
    }

    /// Scores the stored tagger end to end on `text`, timing it as `EntityExtractor` runs it.
    private static func evaluate(_ tagger: SequenceTagger, on text: String, result: Result) throws -> Result {
        let documents = try ConllCorpus(text: text).documents
        let views = documents.map { document in
            var views = document.map { TokenView.views(of: $0.tokens, in: $0.scalars, commonWords: tagger.commonWords) }
            TokenView.markDocumentCase(&views)
            return views
        }
        // Processor time, not wall time: the figure should not depend on what else the machine runs.
        let started = clock()
        let tagged = views.map(tagger.tag(document:))
        let seconds = Double(clock() - started) / Double(CLOCKS_PER_SEC)
        var result = result
        let examples = zip(documents, tagged).flatMap { document, tags in
            zip(document, tags).map { (gold: $0.tags, found: $1) }
        }
        result.developmentScore = score(examples)
        let tokens = documents.joined().reduce(0) { $0 + $1.tags.count }
        result.tokensPerSecond = seconds > 0 ? Double(tokens) / seconds : nil
        return result
    }

    /// Trains one pass's averaged perceptron on `examples`, scoring `development` after each epoch.
    func trainPass(_ examples: [Example], development: [Example]?, log: (String) -> Void) -> PerceptronModel {
        let rows = 1 << bucketBits
        let width = EntityTag.count
        var weights = [Float](repeating: 0, count: rows * width)
        var totals = [Double](repeating: 0, count: rows * width)
        var stamps = [Int32](repeating: 0, count: rows * width)
        var step: Int32 = 0
        var order = Array(examples.indices)
        var random = SplitMix(seed: 2003)
        var features = [UInt64]()
        var scores = [Float](repeating: 0, count: width)

        for epoch in 1...epochs {
            random.shuffle(&order)
            var mistakes = 0
            for index in order {
                let example = examples[index]
                var tags = [EntityTag]()
                tags.reserveCapacity(example.tags.count)
                for i in example.tags.indices {
                    step += 1
                    features.removeAll(keepingCapacity: true)
                    features.append(contentsOf: example.features[i])
                    let previous = i > 0 ? tags[i - 1] : .outside
                    let beforePrevious = i > 1 ? tags[i - 2] : .outside
                    FeatureExtractor.historyFeatures(example.views[i], previous: previous, beforePrevious: beforePrevious, into: &features)
                    for t in 0..<width { scores[t] = 0 }
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
            if let development {
                let model = PerceptronModel(bucketBits: bucketBits, weights: Self.averaged(weights, totals, stamps, step))
                line += "; dev \(Self.score(development.map { (gold: $0.tags, found: model.tagGreedily($0.views).tags) }))"
            }
            log(line)
        }
        return PerceptronModel(bucketBits: bucketBits, weights: Self.averaged(weights, totals, stamps, step))
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

        init(views: [TokenView], tags: [EntityTag]) {
            self.views = views
            self.tags = tags
            features = views.indices.map { i in
                var out: [UInt64] = []
                FeatureExtractor.staticFeatures(views, i, into: &out)
                return out
            }
        }
    }

    /// Each document's sentences as examples.
    static func documents(_ corpus: ConllCorpus, commonWords: CommonWords) -> [[Example]] {
        corpus.documents.map { document in
            var views = document.map { TokenView.views(of: $0.tokens, in: $0.scalars, commonWords: commonWords) }
            TokenView.markDocumentCase(&views)
            return zip(views, document).map { Example(views: $0, tags: $1.tags) }
        }
    }

    /// Gives a document's examples the second pass's view: what `model` tags the same words elsewhere.
    private static func markDocumentTypes(_ document: inout [Example], with model: PerceptronModel) {
        var views = document.map(\.views)
        let tags = views.map { model.tagGreedily($0).tags }
        TokenView.markDocumentTypes(&views, tags: tags)
        document = zip(views, document).map { Example(views: $0, tags: $1.tags) }
    }

    /// Exact-span precision, recall and F1 for person, organization and place names.
    static func score(_ sentences: [(gold: [EntityTag], found: [EntityTag])]) -> Score {
        var correct = 0, guessed = 0, expected = 0
        for sentence in sentences {
            let gold = Set(spans(sentence.gold))
            let found = spans(sentence.found)
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
        // The entity tagger's averaged-perceptron weights, as PerceptronModel.encoded() bytes in base64.
        enum TaggerWeights {
            static let firstPass = "\(Data(firstPass).base64EncodedString())"
            static let secondPass = "\(Data(secondPass).base64EncodedString())"
            static let commonWords = "\(Data(commonWords).base64EncodedString())"
        }

        """
    }
}
