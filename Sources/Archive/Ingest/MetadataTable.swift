import Foundation

/// Metadata for a folder of plain-text articles, from a TSV or CSV table with one row per file
/// (`archive ingest --metadata FILE`).
///
/// The table's header names a file column (`filename`, `file`, `path`) and any of the
/// article fields that `RecordFields` knows (`title`, `publisher`/`source`,
/// `publication_date`/`date`, `author`, `url`, `language`). Rows join to files by file name,
/// with or without its extension, so `breitbart_2015-11-11_x` matches `text/breitbart_2015-11-11_x.txt`.
/// Values the table gives replace what the text file said; `None`, `null` and empty cells give nothing.
public struct MetadataTable: Sendable {
    /// What the table says about one file.
    public struct Entry: Sendable, Equatable {
        public var title: String?
        public var authors: [String] = []
        public var published: PublishedDate?
        public var source: String?
        public var url: String?
        public var language: String?
    }

    /// Rows by the file name they give, and again by that name without its extension.
    private var entries: [String: Entry] = [:]

    /// The number of rows read.
    public private(set) var count = 0

    /// Reads the table at `path`.
    public init(contentsOf path: String, report: (InputProblem) -> Void = { _ in }) throws(InputProblem) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputProblem(origin: path, reason: "cannot read the metadata table (\(InputCollector.reason(error)))")
        }
        try self.init(data: data, origin: path, report: report)
    }

    /// Reads a table from its bytes; `origin` names it in problems and, by its extension,
    /// says whether it is TSV or CSV (a header with a tab in it is TSV otherwise).
    public init(data: Data, origin: String, report: (InputProblem) -> Void = { _ in }) throws(InputProblem) {
        let lowered = origin.lowercased()
        let firstLine = data.prefix { $0 != UInt8(ascii: "\n") }
        let isTSV = lowered.hasSuffix(".tsv") || (!lowered.hasSuffix(".csv") && firstLine.contains(UInt8(ascii: "\t")))
        var rows = DelimitedRows(data, delimiter: isTSV ? UInt8(ascii: "\t") : UInt8(ascii: ","))
        guard let header = rows.next() else {
            throw InputProblem(origin: origin, reason: "the metadata table is empty; expected a header row naming its columns")
        }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let fileColumn = columns.firstIndex(where: { Self.fileColumns.contains($0.lowercased()) }) else {
            throw InputProblem(origin: origin, line: header.line, reason: "the metadata table has no file column (name one 'filename', 'file' or 'path')")
        }
        let fields = columns.map(RecordFields.field(named:))
        for row in rows {
            guard row.fields.count == columns.count else {
                if row.fields.count > 1 || !(row.fields.first ?? "").isEmpty {
                    report(InputProblem(origin: origin, line: row.line, reason: "the row has \(row.fields.count) fields but the header has \(columns.count); the row is skipped"))
                }
                continue
            }
            let file = Self.fileName(row.fields[fileColumn])
            guard !file.isEmpty else { continue }
            var entry = Entry()
            var ranks: [RecordFields.Field: Int] = [:]
            for (index, value) in row.fields.enumerated() {
                let value = value.trimmingCharacters(in: .whitespacesAndNewlines)
                guard let (field, rank) = fields[index], !value.isEmpty, !RecordFields.nullWords.contains(value.lowercased()),
                      ranks[field].map({ rank < $0 }) ?? true else { continue }
                ranks[field] = rank
                switch field {
                case .title: entry.title = value
                case .authors: entry.authors = FrontMatter.list(value)
                case .source: entry.source = value
                case .url: entry.url = value
                case .language: entry.language = value
                case .published:
                    entry.published = DateParser.parse(value)
                    if entry.published == nil {
                        report(InputProblem(origin: origin, line: row.line, reason: "date '\(value)' is not a date I can read; \(file) is left undated"))
                    }
                case .paragraphs, .body, .summary, .origin: continue
                }
            }
            if entries[file] != nil {
                report(InputProblem(origin: origin, line: row.line, reason: "a second row for \(file); the first is used"))
                continue
            }
            entries[file] = entry
            if let stem = Self.stem(file), entries[stem] == nil { entries[stem] = entry }
            count += 1
        }
    }

    /// The row for the file at `path`, matched by its name with or without its extension.
    public func entry(for path: String) -> Entry? {
        var name = Self.fileName(path)
        if name.lowercased().hasSuffix(".gz") { name.removeLast(3) }
        return entries[name] ?? Self.stem(name).flatMap { entries[$0] }
    }

    /// Overlays the row for the draft's file (its origin) on the draft; false when the table
    /// has no row for it.
    @discardableResult
    public func apply(to draft: inout ArticleDraft) -> Bool {
        guard let entry = entry(for: draft.origin) else { return false }
        if let title = entry.title { draft.title = title }
        if !entry.authors.isEmpty { draft.authors = entry.authors }
        if let published = entry.published { draft.published = published }
        if let source = entry.source { draft.source = source }
        if let url = entry.url { draft.url = url }
        if let language = entry.language { draft.language = language }
        return true
    }

    static let fileColumns: Set<String> = ["filename", "file", "file_name", "path", "filepath", "file_path", "document"]

    /// The last path component.
    private static func fileName(_ path: String) -> String {
        let trimmed = path.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
    }

    /// The name without its extension; nil when it has none.
    private static func stem(_ name: String) -> String? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return String(name[..<dot])
    }
}
