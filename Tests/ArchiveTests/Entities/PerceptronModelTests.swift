import Testing
@testable import Archive

@Suite struct PerceptronModelTests {
    private func model(bits: Int, seed: UInt64) -> PerceptronModel {
        var random = SplitMix(seed: seed)
        let weights = (0..<((1 << bits) * EntityTag.count)).map { _ -> Float in
            let r = random.next()
            guard r % 3 == 0 else { return 0 }
            let size = Float(r >> 40) / Float(1 << 24) * 5
            return r & 8 == 0 ? size : -size
        }
        return PerceptronModel(bucketBits: bits, weights: weights)
    }

    @Test(arguments: [10, 14])
    func encodingKeepsEveryWeightWithinItsQuantisationStep(bits: Int) throws {
        let original = model(bits: bits, seed: 7)
        let decoded = try PerceptronModel(encoded: original.encoded())
        #expect(decoded.bucketBits == bits)
        let step = (original.weights.map(abs).max() ?? 0) / PerceptronModel.stepsToLargest
        let worst = zip(original.weights, decoded.weights).map { abs($0 - $1) }.max() ?? 0
        #expect(worst <= step * 0.5001)
    }

    @Test func decodingRejectsBytesOfAnotherFormat() {
        #expect(throws: PerceptronModel.DecodingError.self) { try PerceptronModel(encoded: Array("not a model at all".utf8)) }
    }

    @Test func trainedWeightsDecode() {
        #expect(SequenceTagger.trained.firstPass.weights.contains { $0 != 0 })
        #expect(SequenceTagger.trained.secondPass.weights.contains { $0 != 0 })
    }
}
