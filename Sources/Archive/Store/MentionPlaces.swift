/// Where one article names one entity: the `mention.places` column.
///
/// One row per article and entity instead of one per mention halves the rows, and packing the
/// places as varints keeps each to a few bytes. For each mention, in text order: the paragraph
/// + 1 (0 for the title), the start offset, the length (zigzag, so that no value is refused),
/// the role's UTF-8 length + 1 (0 for no role), then the role's bytes. Every number is an
/// unsigned LEB128 varint.
struct MentionPlace: Equatable {
    /// Index into the article's paragraphs; nil for the title.
    var paragraph: Int?
    /// Offsets in Unicode scalars, end exclusive.
    var start: Int
    var end: Int
    var role: String?

    init(paragraph: Int?, start: Int, end: Int, role: String?) {
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.role = role
    }

    init(_ mention: EntityMention) {
        self.init(paragraph: mention.paragraph, start: mention.start, end: mention.end, role: mention.role)
    }

    /// Text order: the title first, then by paragraph and offsets.
    static func inTextOrder(_ lhs: MentionPlace, _ rhs: MentionPlace) -> Bool {
        (lhs.paragraph ?? -1, lhs.start, lhs.end) < (rhs.paragraph ?? -1, rhs.start, rhs.end)
    }
}

enum MentionPlaces {
    static func pack(_ places: [MentionPlace]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(places.count * 5)
        for place in places {
            appendVarint(UInt64(place.paragraph.map { $0 + 1 } ?? 0), to: &bytes)
            appendVarint(UInt64(place.start), to: &bytes)
            appendVarint(zigzag(place.end - place.start), to: &bytes)
            if let role = place.role {
                let utf8 = Array(role.utf8)
                appendVarint(UInt64(utf8.count + 1), to: &bytes)
                bytes += utf8
            } else {
                appendVarint(0, to: &bytes)
            }
        }
        return bytes
    }

    /// The places `bytes` holds, or nil when they are not what `pack` writes.
    static func unpack(_ bytes: [UInt8]) -> [MentionPlace]? {
        var places: [MentionPlace] = []
        var position = 0
        while position < bytes.count {
            guard let paragraph = readVarint(bytes, &position), let start = readVarint(bytes, &position),
                  let length = readVarint(bytes, &position), let roleLength = readVarint(bytes, &position),
                  paragraph <= UInt64(Int.max), start <= UInt64(Int.max / 2),
                  roleLength <= UInt64(bytes.count - position + 1)
            else { return nil }
            var role: String?
            if roleLength > 0 {
                let end = position + Int(roleLength) - 1
                role = String(decoding: bytes[position..<end], as: UTF8.self)
                position = end
            }
            places.append(MentionPlace(paragraph: paragraph == 0 ? nil : Int(paragraph) - 1, start: Int(start),
                                       end: Int(start) + unzigzag(length), role: role))
        }
        return places
    }

    private static func zigzag(_ value: Int) -> UInt64 {
        UInt64(bitPattern: Int64(value << 1) ^ Int64(value >> (Int.bitWidth - 1)))
    }

    private static func unzigzag(_ value: UInt64) -> Int {
        Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    private static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private static func readVarint(_ bytes: [UInt8], _ position: inout Int) -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count, shift < 64 {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }
}
