/// An origin as the archive stores it: the input it names, kept once however many articles it
/// holds, and the article's number within it. Readers write an origin as the input's path, or
/// as "path#N" (N from 1) for an input that holds several articles; the parts give the same
/// string back, whatever the path holds ("a#b", "x#012" and "#5" are paths with no number).
struct StoredOrigin: Equatable {
    var path: String
    /// The article's number within its input; 0 when the input is the one article.
    var item: Int64

    init(_ origin: String) {
        if let hash = origin.utf8.lastIndex(of: UInt8(ascii: "#")), hash != origin.utf8.startIndex,
           case let digits = origin.utf8[origin.utf8.index(after: hash)...],
           let first = digits.first, (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(first),
           digits.count <= 18, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            path = String(origin[..<hash])
            item = Int64(String(decoding: digits, as: UTF8.self))!
        } else {
            path = origin
            item = 0
        }
    }

    /// The origin as the reader wrote it (the `article_origin` view spells the same in SQL).
    var origin: String { item == 0 ? path : "\(path)#\(item)" }

    /// The article stored from an origin, found by its parts: bind `path` as ?1, `item` as ?2.
    /// The writer and `archive show` both look articles up so.
    static let articleSQL = """
        SELECT o.article_id FROM article_input AS o JOIN input AS i ON i.id = o.input_id WHERE i.path = ?1 AND o.item = ?2
        """
}
