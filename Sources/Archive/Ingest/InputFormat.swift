import Foundation

/// The kinds of input the archive reads, recognised by content as much as by extension.
public enum InputFormat: String, Sendable, CaseIterable {
    case text
    case html
    case feed
    case jsonFeed
    case jsonLines
    case json
    case csv
    case tsv

    /// The extensions a folder walk picks up; a file named explicitly is read whatever its name.
    public static let folderExtensions: Set<String> = [
        "txt", "text", "md", "html", "htm", "xhtml", "xml", "rss", "atom", "rdf", "json", "jsonl", "ndjson", "csv", "tsv",
    ]

    /// Formats whose readers take one record at a time from the file's bytes, whatever their size.
    public var isReadByRecord: Bool { self == .jsonLines || self == .csv || self == .tsv }

    /// The format of `document`: its extension where that is specific, its first bytes otherwise.
    public static func detect(_ document: InputDocument) -> InputFormat {
        let sniffed = sniff(document.data)
        switch document.pathExtension {
        case "html", "htm", "xhtml": return .html
        case "rss", "atom", "rdf": return .feed
        case "jsonl", "ndjson": return .jsonLines
        case "csv": return .csv
        case "tsv": return .tsv
        case "json": return sniffed == .jsonFeed || sniffed == .jsonLines ? sniffed : .json
        case "xml": return sniffed == .html ? .html : .feed
        default: return sniffed
        }
    }

    /// Guesses from the first non-blank bytes; plain text when nothing else fits.
    static func sniff(_ data: Data) -> InputFormat {
        let head = String(decoding: data.prefix(2048), as: UTF8.self)
            .drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        let lower = head.lowercased()
        if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") { return .html }
        if lower.hasPrefix("<") {
            if lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf") { return .feed }
            if lower.contains("<html") { return .html }
            return .feed
        }
        if lower.hasPrefix("{") {
            if lower.contains("jsonfeed.org/version") { return .jsonFeed }
            return .jsonLines
        }
        if lower.hasPrefix("[") { return .json }
        return .text
    }
}
