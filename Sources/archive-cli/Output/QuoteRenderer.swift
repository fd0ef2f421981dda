import Archive

/// Prints quotations grouped by speaker, for `who-said`.
struct QuoteRenderer {
    let format: OutputFormat

    func render(_ results: WhoSaidResults) {
        let out = OutputBuffer()
        switch format {
        case .table:
            let style = TextStyle.forStandardOutput
            for group in results.speakers {
                out.line(style.bold("\(group.speaker) — \(group.count) quotation\(group.count == 1 ? "" : "s")"))
                for quote in group.quotes { out.line(Self.line(quote)) }
                out.line("")
            }
        case .json:
            out.line(JSONValue.array(results.speakers.map(Self.json)).prettyPrinted)
        case .jsonl:
            for group in results.speakers { out.line(Self.json(group).serialized) }
        case .csv:
            var csv = CSVWriter(header: ["speaker", "speaker_id", "quote", "kind", "cue", "speaker_text", "article_id", "title", "published", "source", "paragraph"])
            for group in results.speakers {
                for quote in group.quotes {
                    csv.row([group.speaker, String(group.speakerID), quote.text, quote.kind, quote.cue ?? "", quote.speakerText ?? "",
                             String(quote.article.id), quote.article.title, quote.article.published ?? "", quote.article.source ?? "",
                             String(quote.paragraph)])
                }
            }
            out.line(csv.text, terminated: false)
        }
        out.flush()
        var footer = "\(results.speakers.count) speaker\(results.speakers.count == 1 ? "" : "s")"
        if results.unnamed > 0 { footer += "; \(results.unnamed) matching quotation\(results.unnamed == 1 ? "" : "s") with no named speaker" }
        if results.undatedExcluded > 0 { footer += "; \(results.undatedExcluded) undated left out by the date filter" }
        StandardStreams.writeError(footer)
    }

    /// `  “text” (direct, said) — Title, 2025-08-19 ¶4`
    static func line(_ quote: QuoteRecord) -> String {
        // Only a direct quotation is wholly the speaker's words; mixed ones carry their own marks.
        let text = quote.kind == "direct" ? "“\(quote.text)”" : quote.text
        let how = [quote.kind, quote.cue].compactMap { $0 }.joined(separator: ", ")
        let when = quote.article.published.map { String($0.prefix(10)) } ?? "undated"
        return "  \(text) (\(how)) — \(quote.article.title), \(when) ¶\(quote.paragraph + 1)"
    }

    static func json(_ quote: QuoteRecord) -> JSONValue {
        .object([
            ("id", .int(quote.id)),
            ("text", .string(quote.text)),
            ("kind", .string(quote.kind)),
            ("cue", .optional(quote.cue)),
            ("speaker", .optional(quote.speaker)),
            ("speaker_text", .optional(quote.speakerText)),
            ("paragraph", .int(quote.paragraph)),
            ("article", ArticleJSON.summary(quote.article)),
        ])
    }

    static func json(_ group: SpeakerQuotes) -> JSONValue {
        .object([
            ("speaker", .string(group.speaker)),
            ("speaker_id", .int(group.speakerID)),
            ("count", .int(group.count)),
            ("quotes", .array(group.quotes.map(json))),
        ])
    }
}
