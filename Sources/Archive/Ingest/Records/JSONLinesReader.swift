import Foundation

/// Reads JSON Lines: one JSON object per line, each one article, origin `path#N` with N the
/// line number.
///
/// A line that is not a JSON object, or has neither text nor a title, is reported with its
/// line number and the other lines are read. A file that turns out to be one JSON document
/// spread over many lines (a pretty-printed object or array) is read as JSON.
public struct JSONLinesReader: ArticleReader {
    public init() {}

    public func read(
        _ document: InputDocument,
        emit: (ArticleDraft) throws -> Void,
        report: (InputProblem) -> Void
    ) throws {
        let bytes = document.data
        var lineNumber = 0
        var start = bytes.startIndex
        var pages = ReadPages(bytes)
        while start < bytes.endIndex {
            pages.reached(start - bytes.startIndex)
            let end = Self.lineEnd(in: bytes, from: start)
            lineNumber += 1
            defer { start = end < bytes.endIndex ? end + 1 : end }
            var line = bytes[start..<end]
            if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            guard line.contains(where: { !Self.isSpace($0) }) else { continue }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line))
            } catch {
                if lineNumber == 1, let whole = try? JSONSerialization.jsonObject(with: document.data) {
                    return try JSONRecordsReader().read(whole, document: document, emit: emit, report: report)
                }
                report(InputProblem(origin: document.origin, line: lineNumber, reason: "not valid JSON (\(Self.describe(error)))"))
                continue
            }
            guard let record = object as? [String: Any] else {
                report(InputProblem(origin: document.origin, line: lineNumber, reason: "not a JSON object; each line must hold one article as an object"))
                continue
            }
            guard let draft = RecordFields.draft(from: record, origin: "\(document.origin)#\(lineNumber)", line: lineNumber, report: report) else {
                report(InputProblem(origin: document.origin, line: lineNumber, reason: RecordFields.noArticleReason))
                continue
            }
            try emit(draft)
        }
    }

    /// Where the line starting at `start` ends: its newline, or the end of the data. memchr,
    /// because `Data.firstIndex(of:)` goes through Data's representation a byte at a time (a
    /// quarter of reading the benchmark's JSON Lines).
    static func lineEnd(in bytes: Data, from start: Data.Index) -> Data.Index {
        bytes.withUnsafeBytes { raw in
            let offset = start - bytes.startIndex
            guard let base = raw.baseAddress, offset < raw.count,
                  let newline = memchr(base + offset, Int32(UInt8(ascii: "\n")), raw.count - offset) else { return bytes.endIndex }
            return bytes.startIndex + (UnsafeRawPointer(newline) - base)
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    /// Foundation's JSON errors carry their detail in the user info, not the description.
    static func describe(_ error: Error) -> String {
        let info = (error as NSError).userInfo
        if let detail = info[NSDebugDescriptionErrorKey] as? String { return detail.prefix(1).lowercased() + detail.dropFirst() }
        return "\(error)"
    }
}
