import Foundation

/// Splits CSV or TSV bytes into rows of fields, as RFC 4180 describes: a field in double
/// quotes may hold the delimiter, line breaks and doubled quotes (`""`); lines end in LF or CRLF.
///
/// Forgiving where files in the wild are not: a quote that does not close a field just before a
/// delimiter or line end means the field was never quoted (`"Breaking Bad" fan`), and the field
/// is read again as plain text.
struct DelimitedRows: Sequence, IteratorProtocol {
    struct Row {
        /// The line the row starts on (1-based).
        var line: Int
        var fields: [String]
    }

    /// The input as given (a mapped file is read in place, never copied), and how far the rows
    /// have been read, as an offset from its start.
    private let data: Data
    private let delimiter: UInt8
    private var position = 0
    private var pages: ReadPages
    private var line = 1

    init<Bytes: Collection<UInt8>>(_ bytes: Bytes, delimiter: UInt8) {
        data = bytes as? Data ?? Data(bytes)
        pages = ReadPages(data)
        self.delimiter = delimiter
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    mutating func next() -> Row? {
        guard position < data.count else { return nil }
        pages.reached(position)
        // The bytes are reached through a pointer for the length of one row: byte-by-byte
        // subscripts on Data cost several times more than on a buffer.
        return data.withUnsafeBytes { bytes in
            var row = Row(line: line, fields: [])
            while true {
                let (field, ended) = readField(bytes)
                row.fields.append(field)
                if ended { return row }
            }
        }
    }

    /// One field; `ended` when it was the last of its row.
    private mutating func readField(_ bytes: UnsafeRawBufferPointer) -> (String, ended: Bool) {
        let start = position
        let startLine = line
        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            if let quoted = readQuoted(bytes) { return quoted }
            position = start
            line = startLine
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte == delimiter {
                position += 1
                return (Self.decode(bytes[start..<(position - 1)]), false)
            }
            if byte == UInt8(ascii: "\n") {
                let end = position > start && bytes[position - 1] == UInt8(ascii: "\r") ? position - 1 : position
                position += 1
                line += 1
                return (Self.decode(bytes[start..<end]), true)
            }
            position += 1
        }
        var end = position
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return (Self.decode(bytes[start..<end]), true)
    }

    /// A quoted field, or nil when its closing quote is not followed by a delimiter or line end.
    private mutating func readQuoted(_ bytes: UnsafeRawBufferPointer) -> (String, ended: Bool)? {
        position += 1
        var content: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\n") { line += 1 }
            guard byte == UInt8(ascii: "\"") else {
                content.append(byte)
                continue
            }
            if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
                content.append(byte)
                position += 1
                continue
            }
            // The closing quote: what follows must end the field.
            if position == bytes.count { return (Self.decode(content), true) }
            switch bytes[position] {
            case delimiter:
                position += 1
                return (Self.decode(content), false)
            case UInt8(ascii: "\n"):
                position += 1
                line += 1
                return (Self.decode(content), true)
            case UInt8(ascii: "\r") where position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "\n"):
                position += 2
                line += 1
                return (Self.decode(content), true)
            default:
                return nil
            }
        }
        // The file ended inside the quotes: keep what there is rather than lose the row.
        return (Self.decode(content), true)
    }

    private static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        TextDecoding.decode(Data(bytes))
    }
}
