import Foundation

/// Reads a JSON document of articles: an array of objects, an object that holds such an array
/// (`articles`, `items`, `records`, `data`, `results`, `documents`), or a single article
/// object. Origin `path#N`, N the 1-based index in the array.
public struct JSONRecordsReader: ArticleReader {
    public init() {}

    public func read(
        _ document: InputDocument,
        emit: (ArticleDraft) throws -> Void,
        report: (InputProblem) -> Void
    ) throws {
        try read(try Self.jsonObject(of: document), document: document, emit: emit, report: report)
    }

    /// The document parsed as one JSON value, or a one-line problem saying why it is not JSON.
    static func jsonObject(of document: InputDocument) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: document.data)
        } catch {
            throw InputProblem(origin: document.origin, reason: "not valid JSON (\(JSONLinesReader.describe(error)))")
        }
    }

    func read(
        _ object: Any,
        document: InputDocument,
        emit: (ArticleDraft) throws -> Void,
        report: (InputProblem) -> Void
    ) throws {
        if let items = Self.records(in: object) {
            for (index, item) in items.enumerated() {
                let number = index + 1
                guard let record = item as? [String: Any] else {
                    report(InputProblem(origin: "\(document.origin)#\(number)", reason: "not a JSON object; each item must hold one article as an object"))
                    continue
                }
                guard let draft = RecordFields.draft(from: record, origin: "\(document.origin)#\(number)", line: nil, report: report) else {
                    report(InputProblem(origin: "\(document.origin)#\(number)", reason: RecordFields.noArticleReason))
                    continue
                }
                try emit(draft)
            }
        } else if let record = object as? [String: Any],
                  let draft = RecordFields.draft(from: record, origin: document.origin, line: nil, report: report) {
            try emit(draft)
        } else {
            throw InputProblem(origin: document.origin, reason: "no articles found: expected an array of article objects or one article object")
        }
    }

    private static func records(in object: Any) -> [Any]? {
        if let array = object as? [Any] { return array }
        guard let wrapper = object as? [String: Any] else { return nil }
        for key in ["articles", "items", "records", "data", "results", "documents"] {
            if let array = wrapper[key] as? [Any] { return array }
        }
        return nil
    }
}
