/// MinHash signatures of a text's three-word shingles: the share of equal positions in two
/// signatures estimates the Jaccard similarity of their shingle sets. Used to find the same
/// wire story syndicated with small edits, which shares nearly all its shingles, while
/// stories that merely share a subject share few.
struct MinHash: Equatable {
    static let size = 32
    /// Words per shingle: keeps word order without letting one edited word change too much.
    static let shingleLength = 3

    let values: [UInt32]

    init(values: [UInt32]) {
        precondition(values.count == Self.size)
        self.values = values
    }

    /// The signature of `paragraphs`, or nil for a text too short to compare reliably.
    init?(paragraphs: [String], minimumWords: Int = 40) {
        var bytes: [UInt8] = []
        for paragraph in paragraphs { ContentFingerprint.appendWords(of: paragraph, to: &bytes) }
        self.init(words: bytes, minimumWords: minimumWords)
    }

    /// The signature of words as `ContentFingerprint.appendWords` writes them: each followed
    /// by a space.
    init?(words bytes: [UInt8], minimumWords: Int = 40) {
        var words: [UInt64] = []
        var hash = Self.fnvOffset
        for byte in bytes {
            if byte == 0x20 {
                words.append(hash)
                hash = Self.fnvOffset
            } else {
                hash = (hash ^ UInt64(byte)) &* Self.fnvPrime
            }
        }
        guard words.count >= max(minimumWords, Self.shingleLength) else { return nil }
        var minimums = [UInt32](repeating: .max, count: Self.size)
        for start in 0...(words.count - Self.shingleLength) {
            var shingle = Self.fnvOffset
            for offset in 0..<Self.shingleLength { shingle = (shingle ^ words[start + offset]) &* Self.fnvPrime }
            for index in 0..<Self.size {
                let value = UInt32(truncatingIfNeeded: Self.mix(shingle &+ Self.seeds[index]) >> 32)
                if value < minimums[index] { minimums[index] = value }
            }
        }
        values = minimums
    }

    /// Estimated Jaccard similarity of the two shingle sets.
    func similarity(to other: MinHash) -> Double {
        Double(zip(values, other.values).filter { $0 == $1 }.count) / Double(Self.size)
    }

    /// Locality-sensitive band keys: signatures that agree on all rows of any one band are
    /// candidates. Eight bands of four rows make a pair with similarity 0.8 a candidate 98% of
    /// the time, and one with 0.3 only 6%. Keys are 32 bits, which SQLite stores in 4 bytes
    /// rather than 8: a rare chance collision only adds a candidate, whose signature then differs.
    var bandKeys: [Int64] {
        (0..<Self.bands).map { band in
            var hash = Self.fnvOffset ^ UInt64(band)
            for row in 0..<Self.rowsPerBand {
                hash = (hash ^ UInt64(values[band * Self.rowsPerBand + row])) &* Self.fnvPrime
            }
            return Int64(Int32(truncatingIfNeeded: Self.mix(hash) >> 32))
        }
    }

    static let bands = 8
    static let rowsPerBand = size / bands

    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x100_0000_01b3

    /// Fixed seeds (from SplitMix64's sequence) so that signatures are stable across runs and versions.
    private static let seeds: [UInt64] = {
        var state: UInt64 = 0x9e37_79b9_7f4a_7c15
        return (0..<size).map { _ in
            state &+= 0x9e37_79b9_7f4a_7c15
            return mix(state)
        }
    }()

    /// SplitMix64's finaliser: every output bit depends on every input bit.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
