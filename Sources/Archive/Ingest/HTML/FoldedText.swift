/// Text with white space trimmed and each run of it folded to one space, as Readability measures
/// text (JavaScript's `\s`, which includes the no-break space). Measured straight from UTF-8
/// bytes, because scoring asks for the length of the same subtrees many times over.
enum FoldedText {
    static func isSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// Counts UTF-16 code units of folded text fed to it a piece at a time.
    struct Counter {
        private(set) var length = 0
        private var started = false
        private var pendingSpace = false

        mutating func add(_ bytes: UnsafePointer<UInt8>) {
            var index = 0
            while bytes[index] != 0 {
                let lead = bytes[index]
                var scalar = UInt32(lead)
                var width = 1
                if lead >= 0xF0 {
                    width = 4
                } else if lead >= 0xE0 {
                    width = 3
                    scalar = (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
                } else if lead >= 0xC0 {
                    width = 2
                    scalar = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
                }
                if width > 1 {
                    // libxml2 hands out complete UTF-8 sequences; stop rather than read past a broken one.
                    for offset in 1..<width where bytes[index + offset] == 0 { return }
                }
                if isSpace(scalar) {
                    pendingSpace = started
                } else {
                    if pendingSpace { length += 1 }
                    pendingSpace = false
                    started = true
                    length += width == 4 ? 2 : 1
                }
                index += width
            }
        }
    }

    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar.value) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
