import Archive

/// Prints the archive's counts.
struct StatsRenderer {
    let format: OutputFormat

    func render(_ stats: ArchiveStats) {
        let out = OutputBuffer()
        let fields = Self.fields(stats)
        switch format {
        case .table:
            let width = fields.map(\.label.count).max() ?? 0
            for field in fields { out.line(TimelineRenderer.padRight(field.label + ":", width + 1) + "  " + field.text) }
        case .json, .jsonl:
            let json = JSONValue.object(fields.map { ($0.key, $0.json) })
            out.line(format == .json ? json.prettyPrinted : json.serialized)
        case .csv:
            var csv = CSVWriter(header: ["name", "value"])
            for field in fields { csv.row([field.key, field.csv]) }
            out.line(csv.text, terminated: false)
        }
        out.flush()
    }

    struct Field {
        let key: String
        let label: String
        let json: JSONValue

        var text: String {
            switch json {
            case let .int(number): return Self.grouped(number)
            case let .string(text): return text
            default: return "none"
            }
        }

        var csv: String {
            switch json {
            case let .int(number): return String(number)
            case let .string(text): return text
            default: return ""
            }
        }

        /// 20134 → "20,134".
        static func grouped(_ number: Int) -> String {
            let digits = Array(String(number.magnitude))
            var out = ""
            for (index, digit) in digits.enumerated() {
                if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
                out.append(digit)
            }
            return (number < 0 ? "-" : "") + out
        }
    }

    static func fields(_ s: ArchiveStats) -> [Field] {
        [
            Field(key: "articles", label: "articles", json: .int(s.articles)),
            Field(key: "stories", label: "stories", json: .int(s.stories)),
            Field(key: "paragraphs", label: "paragraphs", json: .int(s.paragraphs)),
            Field(key: "entities", label: "entities", json: .int(s.entities)),
            Field(key: "people", label: "  people", json: .int(s.people)),
            Field(key: "organizations", label: "  organizations", json: .int(s.organizations)),
            Field(key: "places", label: "  places", json: .int(s.places)),
            Field(key: "mentions", label: "mentions", json: .int(s.mentions)),
            Field(key: "quotes", label: "quotes", json: .int(s.quotes)),
            Field(key: "sources", label: "sources", json: .int(s.sources)),
            Field(key: "first_published", label: "first published", json: .optional(s.firstPublished)),
            Field(key: "last_published", label: "last published", json: .optional(s.lastPublished)),
            Field(key: "undated", label: "undated articles", json: .int(s.undated)),
            Field(key: "database_bytes", label: "database bytes", json: .int(s.databaseBytes)),
        ]
    }
}
