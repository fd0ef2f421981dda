import Foundation

/// The tagger's weights: one row of `EntityTag.count` scores per hashed feature slot.
///
/// Stored compactly (see `encoded()`): only rows with a weight left after quantising to one
/// signed byte, addressed by the gap from the previous row, so the trained model fits in a
/// Swift string literal (`TaggerWeights`) and needs no resource bundle.
struct PerceptronModel: Sendable {
    let bucketBits: Int
    private(set) var weights: [Float]

    init(bucketBits: Int, weights: [Float]) {
        precondition(weights.count == (1 << bucketBits) * EntityTag.count)
        self.bucketBits = bucketBits
        self.weights = weights
    }

    @inline(__always) static func row(of feature: UInt64, bucketBits: Int) -> Int {
        Int(truncatingIfNeeded: feature >> UInt64(64 - bucketBits)) * EntityTag.count
    }

    /// Adds the weights of `features` to `scores` (one per tag).
    @inline(__always) func accumulate(_ features: [UInt64], into scores: inout [Float]) {
        let shift = UInt64(64 - bucketBits)
        weights.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { s in
                for feature in features {
                    let row = Int(truncatingIfNeeded: feature >> shift) &* EntityTag.count
                    for t in 0..<EntityTag.count { s[t] += w[row &+ t] }
                }
            }
        }
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

    /// The weights quantised to signed bytes on a logarithmic scale, zero rows left out.
    func encoded() -> [UInt8] {
        let scale = LogScale(fitting: weights)
        var out = Self.magic
        out.append(UInt8(bucketBits))
        out.append(UInt8(EntityTag.count))
        withUnsafeBytes(of: scale.smallest.bitPattern.littleEndian) { out.append(contentsOf: $0) }
        withUnsafeBytes(of: scale.ratio.bitPattern.littleEndian) { out.append(contentsOf: $0) }
        var lastRow = -1
        var values = [Int8](repeating: 0, count: EntityTag.count)
        for row in 0..<(1 << bucketBits) {
            var mask: UInt16 = 0
            for t in 0..<EntityTag.count {
                values[t] = scale.quantise(weights[row * EntityTag.count + t])
                if values[t] != 0 { mask |= 1 << t }
            }
            guard mask != 0 else { continue }
            Self.appendVarint(UInt64(row - lastRow), to: &out)
            lastRow = row
            out.append(UInt8(mask & 0xFF))
            out.append(UInt8(mask >> 8))
            for t in 0..<EntityTag.count where mask & (1 << t) != 0 { out.append(UInt8(bitPattern: values[t])) }
        }
        return out
    }

    /// Byte codes for weights whose sizes span orders of magnitude: code k stands for
    /// `smallest * ratio^(k-1)`, so every weight keeps about the same relative precision; the
    /// weights below `smallest`, a 20,000th of the largest, are dropped.
    struct LogScale {
        var smallest: Float
        var ratio: Float

        init(smallest: Float, ratio: Float) {
            self.smallest = smallest
            self.ratio = ratio
        }

        init(fitting weights: [Float]) {
            let largest = weights.reduce(0) { max($0, abs($1)) }
            smallest = max(largest / 20000, .leastNormalMagnitude)
            ratio = Float(pow(20000.0, 1.0 / 126.0))
        }

        func quantise(_ weight: Float) -> Int8 {
            let size = abs(weight)
            guard size >= smallest / ratio.squareRoot() else { return 0 }
            let code = min(127, max(1, (log(size / smallest) / log(ratio)).rounded() + 1))
            return Int8(weight < 0 ? -code : code)
        }

        func value(_ code: Int8) -> Float {
            guard code != 0 else { return 0 }
            let size = smallest * pow(ratio, Float(abs(Int(code)) - 1))
            return code < 0 ? -size : size
        }
    }

    init(encoded bytes: [UInt8]) throws {
        guard bytes.count >= 14, Array(bytes[0..<4]) == Self.magic else { throw DecodingError.malformed("unknown format") }
        let bits = Int(bytes[4])
        guard (8...24).contains(bits), Int(bytes[5]) == EntityTag.count else { throw DecodingError.malformed("unexpected dimensions") }
        func float(at k: Int) -> Float {
            Float(bitPattern: UInt32(bytes[k]) | UInt32(bytes[k + 1]) << 8 | UInt32(bytes[k + 2]) << 16 | UInt32(bytes[k + 3]) << 24)
        }
        let scale = LogScale(smallest: float(at: 6), ratio: float(at: 10))
        var weights = [Float](repeating: 0, count: (1 << bits) * EntityTag.count)
        var index = 14
        var row = -1
        while index < bytes.count {
            guard let gap = Self.readVarint(bytes, &index), index + 2 <= bytes.count else { throw DecodingError.malformed("truncated row") }
            row += Int(gap)
            guard row < 1 << bits else { throw DecodingError.malformed("row out of range") }
            let mask = UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
            index += 2
            for t in 0..<EntityTag.count where mask & (1 << t) != 0 {
                guard index < bytes.count else { throw DecodingError.malformed("truncated weights") }
                weights[row * EntityTag.count + t] = scale.value(Int8(bitPattern: bytes[index]))
                index += 1
            }
        }
        self.init(bucketBits: bits, weights: weights)
    }

    init(base64 text: String) throws {
        guard let data = Data(base64Encoded: text) else { throw DecodingError.malformed("not base64") }
        try self.init(encoded: [UInt8](data))
    }

    private static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
        var v = value
        while v >= 0x80 { out.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        out.append(UInt8(v))
    }

    private static func readVarint(_ bytes: [UInt8], _ index: inout Int) -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count && shift < 64 {
            let byte = bytes[index]
            index += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }
}
