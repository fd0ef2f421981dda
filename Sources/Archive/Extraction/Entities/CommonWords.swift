/// The words the training text writes in lower case: a capitalised word that is not among them
/// ("Putin" opening a sentence, "LEBED" in a headline) is more likely a name.
///
/// Held as 32-bit slices of `TokenView.lower` hashes; stored beside the weights as sorted
/// gaps in varints.
struct CommonWords: Sendable {
    private let hashes: IntegerKeySet

    init(hashes: Set<UInt32>) {
        self.hashes = IntegerKeySet(hashes.map(UInt64.init))
    }

    @inline(__always) func contains(lower: UInt64) -> Bool {
        hashes.contains(lower >> 32)
    }

    /// The words written in lower case at least `minimumCount` times in `sentences`.
    init(learningFrom sentences: [ConllCorpus.Sentence], minimumCount: Int = 2) {
        var counts: [UInt32: Int] = [:]
        for sentence in sentences {
            for token in sentence.tokens {
                let view = TokenView(token, in: sentence.scalars)
                if view.flags.contains(.allLower) { counts[UInt32(truncatingIfNeeded: view.lower >> 32), default: 0] += 1 }
            }
        }
        hashes = IntegerKeySet(counts.filter { $0.value >= minimumCount }.keys.map(UInt64.init))
    }

    func encoded() -> [UInt8] {
        var out: [UInt8] = []
        var last: UInt32 = 0
        for hash in hashes.keys.map({ UInt32(truncatingIfNeeded: $0) }).sorted() {
            var gap = hash - last
            while gap >= 0x80 { out.append(UInt8(gap & 0x7F) | 0x80); gap >>= 7 }
            out.append(UInt8(gap))
            last = hash
        }
        return out
    }

    init(encoded bytes: [UInt8]) throws {
        var hashes = IntegerKeySet(capacity: bytes.count / 2)
        var last: UInt32 = 0
        var index = 0
        while index < bytes.count {
            var gap: UInt32 = 0
            var shift: UInt32 = 0
            while true {
                guard index < bytes.count, shift < 32 else { throw PerceptronModel.DecodingError.malformed("truncated common words") }
                let byte = bytes[index]
                index += 1
                gap |= UInt32(byte & 0x7F) << shift
                if byte < 0x80 { break }
                shift += 7
            }
            last &+= gap
            hashes.insert(UInt64(last))
        }
        self.hashes = hashes
    }
}
