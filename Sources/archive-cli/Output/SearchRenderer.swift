import Archive
import Foundation

/// Prints search results as a readable list, JSON, JSON Lines or CSV.
struct SearchRenderer {
    let format: OutputFormat

    func render(_ results: SearchResults, offset: Int) {
        let out = OutputBuffer()
        switch format {
        case .table:
            let style = TextStyle.forStandardOutput
            for (index, hit) in results.hits.enumerated() {
                out.line(style.bold("\(offset + index + 1). \(hit.article.title)"))
                out.line("   " + style.dim(Self.facts(hit.article)))
                for match in hit.matches {
                    out.line("   ¶\(match.paragraph + 1)  " + style.highlight(match.snippet))
                }
                out.line("")
            }
        case .json:
            out.line(JSONValue.array(results.hits.map(Self.json)).prettyPrinted)
        case .jsonl:
            for hit in results.hits { out.line(Self.json(hit).serialized) }
        case .csv:
            var csv = CSVWriter(header: ["rank", "article_id", "title", "published", "source", "url", "origin", "score", "paragraph", "snippet"])
            for (index, hit) in results.hits.enumerated() {
                let a = hit.article
                let base = [String(offset + index + 1), String(a.id), a.title, a.published ?? "", a.source ?? "", a.url ?? "", a.origin ?? "", Self.score(hit.score)]
                if hit.matches.isEmpty { csv.row(base + ["", ""]) }
                for match in hit.matches {
                    csv.row(base + [String(match.paragraph), Highlight.render(match.snippet, open: "[", close: "]")])
                }
            }
            out.line(csv.text, terminated: false)
        }
        out.flush()
        StandardStreams.writeError(Self.footer(results, offset: offset))
    }

    static func facts(_ article: ArticleSummary) -> String {
        [article.published.map { String($0.prefix(10)) } ?? "undated", article.source ?? "no source", article.origin ?? "", "#\(article.id)"]
            .filter { !$0.isEmpty }.joined(separator: " · ")
    }

    static func footer(_ results: SearchResults, offset: Int) -> String {
        var line: String
        if results.total == 0 {
            line = "no matching articles"
        } else if results.hits.isEmpty {
            line = "\(results.total) matching article\(results.total == 1 ? "" : "s"), none after the first \(offset)"
        } else {
            line = "\(offset + 1)–\(offset + results.hits.count) of \(results.total) matching article\(results.total == 1 ? "" : "s")"
        }
        if results.undatedExcluded > 0 {
            line += "; \(results.undatedExcluded) undated article\(results.undatedExcluded == 1 ? "" : "s") left out by the date filter"
        }
        return line
    }

    static func json(_ hit: SearchHit) -> JSONValue {
        .object([
            ("article", ArticleJSON.summary(hit.article)),
            ("score", .double(score(hit.score))),
            ("matches", .array(hit.matches.map { match in
                .object([
                    ("paragraph", .int(match.paragraph)),
                    ("snippet", .string(Highlight.render(match.snippet, open: "[", close: "]"))),
                ])
            })),
        ])
    }

    /// bm25 scores rounded so output is stable across platforms' last digits; higher is better.
    static func score(_ raw: Double) -> Double {
        (-raw * 10_000).rounded() / 10_000
    }

    static func score(_ raw: Double) -> String {
        String(score(raw) as Double)
    }
}
