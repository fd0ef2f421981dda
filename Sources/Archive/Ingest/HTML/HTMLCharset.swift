internal import CLibXML2
import Foundation

/// Decides how a saved page's bytes are encoded, and hands libxml2 bytes it can read.
///
/// In order: a byte-order mark; bytes that are valid UTF-8 (saved pages are often re-saved as
/// UTF-8 and keep the old declaration, and text in another multi-byte encoding is almost never
/// valid UTF-8 by accident); the charset a `<meta>` tag declares; Windows-1252, which is also
/// what browsers read pages declared as ISO-8859-1 or ASCII in
/// (<https://encoding.spec.whatwg.org/#names-and-labels>).
enum HTMLCharset {
    /// How far into the page the declaration is looked for, as browsers do (1024) with room for long heads.
    static let prescanLength = 4096

    struct Prepared {
        var bytes: [UInt8]
        /// The encoding libxml2 is told the bytes are in.
        var encoding: String
    }

    static func prepare(_ data: Data) -> Prepared {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Prepared(bytes: Array(bytes.dropFirst(3)), encoding: "UTF-8") }
        if bytes.starts(with: [0xFF, 0xFE]) { return Prepared(bytes: Array(bytes.dropFirst(2)), encoding: "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return Prepared(bytes: Array(bytes.dropFirst(2)), encoding: "UTF-16BE") }
        if String(validating: bytes, as: UTF8.self) != nil { return Prepared(bytes: bytes, encoding: "UTF-8") }
        if let declared = declaredCharset(in: bytes), !isWindows1252Family(declared), !isUTF8(declared),
           libxml2Reads(declared) {
            return Prepared(bytes: bytes, encoding: declared)
        }
        return Prepared(bytes: Array(TextDecoding.windows1252(bytes).utf8), encoding: "UTF-8")
    }

    /// The charset named by `<meta charset=…>` or `<meta http-equiv=… content="…; charset=…">`.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(prescanLength)).map(asciiLowercased)
        var index = 0
        while let meta = find(Array("<meta".utf8), in: head, from: index) {
            let end = head[meta...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            if let charset = find(Array("charset".utf8), in: head[..<end], from: meta) {
                var cursor = charset + 7
                func skip(_ allowed: Set<UInt8>) { while cursor < end, allowed.contains(head[cursor]) { cursor += 1 } }
                skip([0x20, 0x09, 0x0A, 0x0D])
                if cursor < end, head[cursor] == UInt8(ascii: "=") {
                    cursor += 1
                    skip([0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "\""), UInt8(ascii: "'")])
                    let start = cursor
                    while cursor < end, isCharsetNameByte(head[cursor]) { cursor += 1 }
                    if cursor > start { return String(decoding: head[start..<cursor], as: UTF8.self) }
                }
            }
            index = end
        }
        return nil
    }

    private static func libxml2Reads(_ encoding: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(encoding) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    private static func isWindows1252Family(_ name: String) -> Bool {
        ["windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "iso_8859-1", "us-ascii", "ascii", "x-cp1252"]
            .contains(name)
    }

    private static func isUTF8(_ name: String) -> Bool { name == "utf-8" || name == "utf8" }

    private static func isCharsetNameByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 32 : byte
    }

    private static func find<C: Collection<UInt8>>(_ needle: [UInt8], in haystack: C, from start: C.Index) -> C.Index?
    where C.Index == Int {
        guard !needle.isEmpty, haystack.endIndex - start >= needle.count else { return nil }
        var index = start
        while index <= haystack.endIndex - needle.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
