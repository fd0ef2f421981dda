import Foundation

/// Decodes the bytes of a text input.
///
/// UTF-8 first (with or without a byte-order mark); bytes that are not valid UTF-8 are read
/// as Windows-1252, the encoding such files almost always turn out to be in
/// (../shared/data/bbc/sport/199.txt is one).
public enum TextDecoding {
    public static func decode(_ data: Data) -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return windows1252(bytes)
    }

    /// Windows-1252 is Latin-1 but for 0x80–0x9F, where it has typographic punctuation.
    static func windows1252<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                let code = cp1252High[Int(byte - 0x80)]
                scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    // 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned; they map to the C1 controls of the same value.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
