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
            Varint.append(UInt64(place.paragraph.map { $0 + 1 } ?? 0), to: &bytes)
            Varint.append(UInt64(place.start), to: &bytes)
            Varint.append(Varint.zigzag(Int64(place.end - place.start)), to: &bytes)
            if let role = place.role {
                let utf8 = Array(role.utf8)
                Varint.append(UInt64(utf8.count + 1), to: &bytes)
                bytes += utf8
            } else {
                Varint.append(0, to: &bytes)
            }
        }
        return bytes
    }

    /// The places `bytes` holds, or nil when they are not what `pack` writes.
    static func unpack(_ bytes: [UInt8]) -> [MentionPlace]? {
        var places: [MentionPlace] = []
        var position = 0
        while position < bytes.count {
            guard let paragraph = Varint.read(bytes, at: &position), let start = Varint.read(bytes, at: &position),
                  let length = Varint.read(bytes, at: &position), let roleLength = Varint.read(bytes, at: &position),
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
                                       end: Int(start) + Int(Varint.unzigzag(length)), role: role))
        }
        return places
    }
}
