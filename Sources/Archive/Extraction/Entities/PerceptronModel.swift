import Foundation

/// The tagger's weights: one row of `EntityTag.count` scores per hashed feature slot, held as
/// whole multiples of `step` in 16 bits, so the table is half the size of floats and more of
/// it stays in cache (tagging is bound by the loads of feature rows).
///
/// Stored compactly (see `encoded()`): only rows with a weight left, addressed by the gap from
/// the previous row, so the trained model fits in a Swift string literal (`TaggerWeights`)
/// and needs no resource bundle.
struct PerceptronModel: Sendable {
    let bucketBits: Int
    /// The size of one unit of `multiples`.
    let step: Float
    private(set) var multiples: [Int16]

    /// The largest weight is this many steps; weights under half a step are dropped.
    static let stepsToLargest: Float = 16384

    /// Quantises `weights` (row-major, `EntityTag.count` per row).
    init(bucketBits: Int, weights: [Float]) {
        precondition(weights.count == (1 << bucketBits) * EntityTag.count)
        let largest = weights.reduce(0) { max($0, abs($1)) }
        let step = max(largest / Self.stepsToLargest, .leastNormalMagnitude)
        self.init(bucketBits: bucketBits, step: step, multiples: weights.map { Int16(($0 / step).rounded()) })
    }

    init(bucketBits: Int, step: Float, multiples: [Int16]) {
        precondition(multiples.count == (1 << bucketBits) * EntityTag.count)
        self.bucketBits = bucketBits
        self.step = step
        self.multiples = multiples
    }

    /// The weight of `tag` in `row`.
    func weight(row: Int, tag: Int) -> Float {
        Float(multiples[row * EntityTag.count + tag]) * step
    }

    @inline(__always) static func row(of feature: UInt64, bucketBits: Int) -> Int {
        Int(truncatingIfNeeded: feature >> UInt64(64 - bucketBits)) * EntityTag.count
    }

    /// Adds the weights of `features` to `scores` (one per tag), in steps.
    ///
    /// A row is nine weights: the first eight are read as one vector and widened to 32 bits
    /// together (SSE2, a handful of instructions where one by one took twenty), the ninth alone.
    @inline(__always) func accumulate(_ features: ArraySlice<UInt64>, into scores: UnsafeMutableBufferPointer<Int32>) {
        precondition(EntityTag.count == 9, "accumulate reads rows of nine weights")
        let shift = UInt64(64 - bucketBits)
        var firstEight = SIMD8<Int32>()
        var ninth: Int32 = 0
        multiples.withUnsafeBufferPointer { w in
            let bytes = UnsafeRawPointer(w.baseAddress!)
            for feature in features {
                let row = Int(truncatingIfNeeded: feature &>> shift) &* EntityTag.count
                let weights = bytes.loadUnaligned(fromByteOffset: row &* MemoryLayout<Int16>.stride, as: SIMD8<Int16>.self)
                firstEight &+= SIMD8<Int32>(truncatingIfNeeded: weights)
                ninth &+= Int32(w[row &+ 8])
            }
        }
        for t in 0..<8 { scores[t] &+= firstEight[t] }
        scores[8] &+= ninth
    }

    // MARK: Storage

    private static let magic: [UInt8] = Array("ENT1".utf8)

    enum DecodingError: Error, CustomStringConvertible {
        case malformed(String)
        var description: String {
            switch self {
            case .malformed(let what): "cannot read the tagger weights: \(what); run Scripts/train-tagger to regenerate them"
            }
        }
    }

    /// The weights as whole multiples of `step`, zero rows left out: each row is the gap from
    /// the previous row, a mask of its non-zero tags, and their multiples as zigzag varints.
    ///
    /// Linear steps, not a logarithmic scale: a score is a sum of large weights that mostly
    /// cancel, so an error relative to each weight's size would swamp the small difference
    /// between the best tags.
    func encoded() -> [UInt8] {
        var out = Self.magic
        out.append(UInt8(bucketBits))
        out.append(UInt8(EntityTag.count))
        withUnsafeBytes(of: step.bitPattern.littleEndian) { out.append(contentsOf: $0) }
        var lastRow = -1
        for row in 0..<(1 << bucketBits) {
            let values = multiples[(row * EntityTag.count)..<((row + 1) * EntityTag.count)]
            var mask: UInt16 = 0
            for (t, value) in values.enumerated() where value != 0 { mask |= 1 << t }
            guard mask != 0 else { continue }
            Varint.append(UInt64(row - lastRow), to: &out)
            lastRow = row
            out.append(UInt8(mask & 0xFF))
            out.append(UInt8(mask >> 8))
            for value in values where value != 0 {
                Varint.append(Varint.zigzag(Int64(value)), to: &out)
            }
        }
        return out
    }

    init(encoded bytes: [UInt8]) throws {
        guard bytes.count >= 10, Array(bytes[0..<4]) == Self.magic else { throw DecodingError.malformed("unknown format") }
        let bits = Int(bytes[4])
        guard (8...24).contains(bits), Int(bytes[5]) == EntityTag.count else { throw DecodingError.malformed("unexpected dimensions") }
        let step = Float(bitPattern: UInt32(bytes[6]) | UInt32(bytes[7]) << 8 | UInt32(bytes[8]) << 16 | UInt32(bytes[9]) << 24)
        var multiples = [Int16](repeating: 0, count: (1 << bits) * EntityTag.count)
        var index = 10
        var row = -1
        while index < bytes.count {
            guard let gap = Varint.read(bytes, at: &index), index + 2 <= bytes.count else { throw DecodingError.malformed("truncated row") }
            row += Int(gap)
            guard row < 1 << bits else { throw DecodingError.malformed("row out of range") }
            let mask = UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
            index += 2
            for t in 0..<EntityTag.count where mask & (1 << t) != 0 {
                guard let zigzag = Varint.read(bytes, at: &index) else { throw DecodingError.malformed("truncated weights") }
                guard let narrow = Int16(exactly: Varint.unzigzag(zigzag)) else { throw DecodingError.malformed("weight out of range") }
                multiples[row * EntityTag.count + t] = narrow
            }
        }
        self.init(bucketBits: bits, step: step, multiples: multiples)
    }

    init(base64 text: String) throws {
        try self.init(encoded: Self.bytes(base64: text))
    }

    static func bytes(base64 text: String) throws -> [UInt8] {
        guard let data = Data(base64Encoded: text) else { throw DecodingError.malformed("not base64") }
        return [UInt8](data)
    }
}
