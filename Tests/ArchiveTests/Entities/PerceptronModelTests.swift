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

    @Test func quantisingKeepsEveryWeightWithinHalfAStep() {
        var random = SplitMix(seed: 11)
        let weights = (0..<((1 << 10) * EntityTag.count)).map { _ in Float(Int64(random.next() % 20001) - 10000) / 997 }
        let model = PerceptronModel(bucketBits: 10, weights: weights)
        for row in 0..<(1 << 10) {
            for tag in 0..<EntityTag.count {
                #expect(abs(model.weight(row: row, tag: tag) - weights[row * EntityTag.count + tag]) <= model.step * 0.5001)
            }
        }
    }

    @Test(arguments: [10, 14])
    func encodingRoundTripsTheModel(bits: Int) throws {
        let original = model(bits: bits, seed: 7)
        let decoded = try PerceptronModel(encoded: original.encoded())
        #expect(decoded.bucketBits == bits)
        #expect(decoded.step == original.step)
        #expect(decoded.multiples == original.multiples)
    }

    @Test func tagCountMatchesTheTags() {
        #expect(EntityTag.count == EntityTag.allCases.count)
    }

    @Test func decodingRejectsBytesOfAnotherFormat() {
        #expect(throws: PerceptronModel.DecodingError.self) { try PerceptronModel(encoded: Array("not a model at all".utf8)) }
    }

    @Test func trainedWeightsDecode() {
        #expect(SequenceTagger.trained.firstPass.multiples.contains { $0 != 0 })
        #expect(SequenceTagger.trained.secondPass.multiples.contains { $0 != 0 })
    }
}
