import Archive
import ArgumentParser
import Foundation

/// Trains the entity tagger and writes its weights as Swift source; run by Scripts/train-tagger.
struct TrainTaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-tagger",
        abstract: "Train the entity tagger on CoNLL-2003 data and write its weights as Swift source.",
        shouldDisplay: false
    )

    @Option(help: ArgumentHelp("CoNLL-format training data.", valueName: "path"))
    var train: String

    @Option(help: ArgumentHelp("CoNLL-format development data, scored after each epoch (never trained on).", valueName: "path"))
    var dev: String?

    @Option(help: ArgumentHelp("Where to write the generated TaggerWeights.swift.", valueName: "path"))
    var out: String

    @Option(help: "Passes over the training data.")
    var epochs: Int = 12

    @Option(help: "log2 of the number of hashed feature rows.")
    var bits: Int = 18

    func validate() throws {
        guard (1...100).contains(epochs) else { throw ValidationError("--epochs must be between 1 and 100") }
        guard (10...24).contains(bits) else { throw ValidationError("--bits must be between 10 and 24") }
    }

    func run() throws {
        let training = try Self.read(train)
        let development = try dev.map(Self.read)
        let trainer = PerceptronTrainer(epochs: epochs, bucketBits: bits)
        let result = try trainer.train(training: training, development: development) { StandardStreams.writeError($0) }
        try result.swiftSource.write(toFile: out, atomically: true, encoding: .utf8)
        var summary = "wrote \(out): \(result.firstPass.count + result.secondPass.count + result.commonWords.count) bytes of weights"
        if let score = result.developmentScore { summary += "; dev (as stored) \(score)" }
        if let speed = result.tokensPerSecond { summary += "; tagged dev at \(Int(speed)) tokens/s" }
        StandardStreams.writeError(summary)
    }

    private static func read(_ path: String) throws -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ValidationError("cannot read \(path): \(error.localizedDescription)")
        }
    }
}
