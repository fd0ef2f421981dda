import Foundation

/// Reads CSV or TSV whose first row names the columns, with the field names of
/// `RecordFields` (`title`, `text`, `date`, `author`, `url`, …). Each row is one article,
/// origin `path#N` with N the row's number after the header.
public struct DelimitedReader: ArticleReader {
    public let delimiter: UInt8

    public static let csv = DelimitedReader(delimiter: UInt8(ascii: ","))
    public static let tsv = DelimitedReader(delimiter: UInt8(ascii: "\t"))

    public init(delimiter: UInt8) {
        self.delimiter = delimiter
    }

    public func read(
        _ document: InputDocument,
        emit: (ArticleDraft) throws -> Void,
        report: (InputProblem) -> Void
    ) throws {
        var rows = DelimitedRows(document.data, delimiter: delimiter)
        guard let header = rows.next() else {
            throw InputProblem(origin: document.origin, reason: "the file is empty; expected a header row naming the columns")
        }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        guard columns.contains(where: { RecordFields.field(named: $0) != nil }) else {
            throw InputProblem(origin: document.origin, line: header.line, reason: "the header row names no known column (such as title, text, body, date, author, url)")
        }
        var number = 0
        for row in rows {
            if row.fields.count == 1, row.fields[0].allSatisfy(\.isWhitespace) { continue }
            number += 1
            guard row.fields.count == columns.count else {
                report(InputProblem(origin: document.origin, line: row.line, reason: "the row has \(row.fields.count) fields but the header has \(columns.count); the row is skipped"))
                continue
            }
            var record: [String: Any] = [:]
            for (column, value) in zip(columns, row.fields) where record[column] == nil {
                record[column] = value
            }
            guard let draft = RecordFields.draft(from: record, origin: "\(document.origin)#\(number)", line: row.line, report: report) else {
                report(InputProblem(origin: document.origin, line: row.line, reason: RecordFields.noArticleReason))
                continue
            }
            try emit(draft)
        }
    }
}
