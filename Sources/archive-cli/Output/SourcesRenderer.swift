import Archive

/// Prints the archive's sources: articles per publisher, first and last date.
struct SourcesRenderer {
    let format: OutputFormat

    /// How the articles whose input named no publisher are listed.
    static let noSource = "(no source)"

    func render(_ sources: [SourceSummary]) {
        let out = OutputBuffer()
        switch format {
        case .table:
            let width = sources.map { ($0.name ?? Self.noSource).count }.max() ?? 0
            for source in sources {
                let articles = "\(source.articles) article\(source.articles == 1 ? " " : "s")"
                out.line(TimelineRenderer.padRight(source.name ?? Self.noSource, width) + "  "
                         + TimelineRenderer.padLeft(articles, 14) + "  " + Self.span(source))
            }
        case .json:
            out.line(JSONValue.array(sources.map(Self.json)).prettyPrinted)
        case .jsonl:
            for source in sources { out.line(Self.json(source).serialized) }
        case .csv:
            var csv = CSVWriter(header: ["source", "articles", "stories", "first_published", "last_published", "undated"])
            for s in sources {
                csv.row([s.name ?? "", String(s.articles), String(s.stories), s.firstPublished ?? "", s.lastPublished ?? "", String(s.undated)])
            }
            out.line(csv.text, terminated: false)
        }
        out.flush()
        let named = sources.filter { $0.name != nil }.count
        StandardStreams.writeError("\(named) source\(named == 1 ? "" : "s")")
    }

    static func span(_ source: SourceSummary) -> String {
        var text: String
        switch (source.firstPublished, source.lastPublished) {
        case let (first?, last?) where first == last: text = first
        case let (first?, last?): text = "\(first) – \(last)"
        default: text = ""
        }
        if source.undated > 0 { text += (text.isEmpty ? "" : ", ") + "\(source.undated) undated" }
        return text
    }

    static func json(_ source: SourceSummary) -> JSONValue {
        .object([
            ("source", .optional(source.name)),
            ("articles", .int(source.articles)),
            ("stories", .int(source.stories)),
            ("first_published", .optional(source.firstPublished)),
            ("last_published", .optional(source.lastPublished)),
            ("undated", .int(source.undated)),
        ])
    }
}
