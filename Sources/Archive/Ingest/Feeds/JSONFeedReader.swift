import Foundation

/// Reads a JSON Feed (https://jsonfeed.org, versions 1 and 1.1): one article per item, in
/// order, origin `path#N`.
///
/// `content_html` is turned into plain paragraphs, else `content_text` or `summary` is split
/// like plain text. Items without authors take the feed's, as the specification says; the
/// feed's title is the source.
public struct JSONFeedReader: ArticleReader {
    public init() {}

    public func read(
        _ document: InputDocument,
        emit: (ArticleDraft) throws -> Void,
        report: (InputProblem) -> Void
    ) throws {
        guard let feed = try JSONRecordsReader.jsonObject(of: document) as? [String: Any], let items = feed["items"] as? [Any] else {
            throw InputProblem(origin: document.origin, reason: "not a JSON Feed: expected an object with an \"items\" array")
        }
        let source = Self.text(feed["title"])
        let feedAuthors = Self.authors(in: feed)
        let feedLanguage = Self.text(feed["language"])
        for (index, value) in items.enumerated() {
            let origin = "\(document.origin)#\(index + 1)"
            guard let item = value as? [String: Any] else {
                report(InputProblem(origin: origin, reason: "not a JSON object; a JSON Feed item must be one"))
                continue
            }
            var draft = ArticleDraft(origin: origin, source: source, language: Self.text(item["language"]) ?? feedLanguage)
            draft.title = Self.text(item["title"]).map(FeedMarkup.line) ?? ""
            draft.url = Self.text(item["url"]) ?? Self.text(item["external_url"])
            let authors = Self.authors(in: item)
            draft.authors = authors.isEmpty ? feedAuthors : authors
            if let html = Self.text(item["content_html"]) {
                draft.paragraphs = FeedMarkup.paragraphs(from: html)
            } else if let text = Self.text(item["content_text"]) ?? Self.text(item["summary"]) {
                draft.paragraphs = FeedMarkup.plainParagraphs(text)
            }
            if let date = Self.text(item["date_published"]) ?? Self.text(item["date_modified"]) {
                draft.published = DateParser.parse(date)
                if draft.published == nil {
                    report(InputProblem(origin: origin, reason: "date '\(date)' is not a date I can read; the item is stored undated"))
                }
            }
            try emit(draft)
        }
    }

    private static func text(_ value: Any?) -> String? {
        guard let text = value as? String, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }

    /// Version 1.1's `authors` array, or version 1's single `author`.
    private static func authors(in object: [String: Any]) -> [String] {
        if let list = object["authors"] as? [[String: Any]] { return list.compactMap { text($0["name"]) } }
        if let author = object["author"] as? [String: Any], let name = text(author["name"]) { return [name] }
        return []
    }
}
