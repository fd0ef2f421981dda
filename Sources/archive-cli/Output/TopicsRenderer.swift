import Archive
import Foundation

/// Prints the topics of a period.
struct TopicsRenderer {
    let format: OutputFormat

    func render(_ topics: Topics) {
        let out = OutputBuffer()
        switch format {
        case .table:
            let style = TextStyle.forStandardOutput
            let width = topics.topics.map(\.phrase.count).max() ?? 0
            for (index, topic) in topics.topics.enumerated() {
                let stories = "\(topic.stories) stor\(topic.stories == 1 ? "y  " : "ies")"
                out.line("\(EntityRenderer.pad(index + 1, 3)). \(style.bold(TimelineRenderer.padRight(topic.phrase, width)))  "
                         + "\(TimelineRenderer.padLeft(stories, 11))  \(TimelineRenderer.padLeft(Self.score(topic.score), 8))"
                         + (topic.topArticle.map { "  " + style.dim("#\($0.id) " + Self.shortened($0.title)) } ?? ""))
            }
        case .json:
            out.line(JSONValue.array(topics.topics.map(Self.json)).prettyPrinted)
        case .jsonl:
            for topic in topics.topics { out.line(Self.json(topic).serialized) }
        case .csv:
            var csv = CSVWriter(header: ["rank", "phrase", "stories", "paragraphs", "archive_paragraphs", "score", "top_article_id", "top_article_title"])
            for (index, t) in topics.topics.enumerated() {
                csv.row([String(index + 1), t.phrase, String(t.stories), String(t.paragraphs), String(t.archiveParagraphs),
                         Self.score(t.score), t.topArticle.map { String($0.id) } ?? "", t.topArticle?.title ?? ""])
            }
            out.line(csv.text, terminated: false)
        }
        out.flush()
        StandardStreams.writeError(Self.footer(topics))
    }

    /// Titles cut to fit beside the numbers.
    static func shortened(_ title: String, to length: Int = 48) -> String {
        title.count <= length ? title : title.prefix(length - 1).trimmingCharacters(in: .whitespaces) + "…"
    }

    static func footer(_ topics: Topics) -> String {
        var line: String
        switch topics.method {
        case .logLikelihood:
            line = "\(topics.topics.count) topics of \(topics.stories) stor\(topics.stories == 1 ? "y" : "ies"), by log-likelihood (G²) against the rest of the archive"
        case .burstiness:
            line = "\(topics.topics.count) topics of the whole archive (\(topics.stories) stories), by how few stories hold their paragraphs (residual IDF); give --since, --until or --on for a period"
        case .specificity:
            line = "\(topics.topics.count) topics of the whole archive (\(topics.stories) stor\(topics.stories == 1 ? "y" : "ies")), by paragraphs × log(all paragraphs / paragraphs); give --since, --until or --on for a period"
        }
        if topics.undatedExcluded > 0 {
            line += "; \(topics.undatedExcluded) undated article\(topics.undatedExcluded == 1 ? "" : "s") left out by the date filter"
        }
        return line
    }

    /// Scores to one place: enough to rank by eye, stable across platforms.
    static func score(_ score: Double) -> String {
        String((score * 10).rounded() / 10)
    }

    static func json(_ topic: Topic) -> JSONValue {
        .object([
            ("phrase", .string(topic.phrase)),
            ("stories", .int(topic.stories)),
            ("paragraphs", .int(topic.paragraphs)),
            ("archive_paragraphs", .int(topic.archiveParagraphs)),
            ("score", .double((topic.score * 10_000).rounded() / 10_000)),
            ("top_article", topic.topArticle.map(ArticleJSON.summary) ?? .null),
        ])
    }
}
