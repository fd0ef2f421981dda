import Archive

/// Prints one stored article (`show`) and the articles like it (`related`).
struct ArticleRenderer {
    let format: OutputFormat

    func render(_ article: ArticleDetail) {
        let out = OutputBuffer()
        switch format {
        case .table:
            for line in Self.text(article, style: TextStyle.forStandardOutput) { out.line(line) }
        case .json:
            out.line(article.record.prettyPrinted)
        case .jsonl:
            out.line(article.record.serialized)
        case .csv:
            var csv = CSVWriter(header: ["part", "paragraph", "text", "kind", "name", "cue"])
            for (index, paragraph) in article.paragraphs.enumerated() {
                csv.row(["paragraph", String(index), paragraph, "", "", ""])
            }
            for stored in article.mentions {
                let m = stored.mention
                csv.row(["entity", m.paragraph.map(String.init) ?? "title", m.text, m.kind.rawValue, m.name, ""])
            }
            for stored in article.quotes {
                let q = stored.quotation
                csv.row(["quote", String(q.paragraph), q.text, q.kind.rawValue, q.speaker ?? q.speakerText ?? "", q.cue ?? ""])
            }
            out.line(csv.text, terminated: false)
        }
        out.flush()
    }

    /// Title, facts, numbered paragraphs, then who and what it names and who it quotes.
    static func text(_ article: ArticleDetail, style: TextStyle) -> [String] {
        var lines = [style.bold(article.summary.title), style.dim(SearchRenderer.facts(article.summary))]
        var more: [String] = []
        if !article.authors.isEmpty { more.append("by " + article.authors.joined(separator: ", ")) }
        if let url = article.summary.url { more.append(url) }
        if let language = article.language { more.append("language \(language)") }
        if article.origins.count > 1 { more.append("also from " + article.origins.dropFirst().joined(separator: ", ")) }
        if !more.isEmpty { lines.append(style.dim(more.joined(separator: " · "))) }
        lines.append("")
        let width = String(article.paragraphs.count).count
        for (index, paragraph) in article.paragraphs.enumerated() {
            lines.append("¶" + EntityRenderer.pad(index + 1, width) + "  " + paragraph)
        }
        for kind in EntityKind.allCases {
            var counts: [(name: String, count: Int)] = []
            for stored in article.mentions where stored.mention.kind == kind {
                if let index = counts.firstIndex(where: { $0.name == stored.mention.name }) {
                    counts[index].count += 1
                } else {
                    counts.append((stored.mention.name, 1))
                }
            }
            guard !counts.isEmpty else { continue }
            let ranked = counts.enumerated().sorted { ($0.element.count, $1.offset) > ($1.element.count, $0.offset) }.map(\.element)
            lines.append("")
            lines.append(style.bold(Self.heading(kind) + ":") + " " + ranked.map { $0.count > 1 ? "\($0.name) (\($0.count))" : $0.name }.joined(separator: ", "))
        }
        if !article.quotes.isEmpty {
            lines.append("")
            lines.append(style.bold("quotes:"))
            for stored in article.quotes {
                let q = stored.quotation
                let text = q.kind == .direct ? "“\(q.text)”" : q.text
                let who = q.speaker ?? q.speakerText.map { "“\($0)”, unnamed" } ?? "unnamed"
                lines.append("  ¶\(q.paragraph + 1)  \(text) — \(who)" + (q.cue.map { " (\($0))" } ?? ""))
            }
        }
        return lines
    }

    private static func heading(_ kind: EntityKind) -> String {
        switch kind {
        case .person: return "people"
        case .organization: return "organizations"
        case .place: return "places"
        }
    }

    func render(_ related: RelatedArticles) {
        let out = OutputBuffer()
        switch format {
        case .table:
            let style = TextStyle.forStandardOutput
            for (index, hit) in related.hits.enumerated() {
                out.line(style.bold("\(index + 1). \(hit.article.title)"))
                out.line("   " + style.dim(SearchRenderer.facts(hit.article)))
            }
        case .json:
            out.line(JSONValue.array(related.hits.map(Self.json)).prettyPrinted)
        case .jsonl:
            for hit in related.hits { out.line(Self.json(hit).serialized) }
        case .csv:
            var csv = CSVWriter(header: ["rank", "article_id", "title", "published", "source", "url", "origin", "score"])
            for (index, hit) in related.hits.enumerated() {
                let a = hit.article
                csv.row([String(index + 1), String(a.id), a.title, a.published ?? "", a.source ?? "", a.url ?? "", a.origin ?? "",
                         SearchRenderer.score(hit.score)])
            }
            out.line(csv.text, terminated: false)
        }
        out.flush()
        var footer = related.hits.isEmpty
            ? "no related articles"
            : "\(related.hits.count) article\(related.hits.count == 1 ? "" : "s") like #\(related.article.id)"
        if !related.terms.isEmpty { footer += ", by: " + related.terms.joined(separator: ", ") }
        if related.undatedExcluded > 0 {
            footer += "; \(related.undatedExcluded) undated article\(related.undatedExcluded == 1 ? "" : "s") left out by the date filter"
        }
        StandardStreams.writeError(footer)
    }

    static func json(_ hit: RelatedHit) -> JSONValue {
        .object([("article", ArticleJSON.summary(hit.article)), ("score", .double(SearchRenderer.score(hit.score)))])
    }
}
