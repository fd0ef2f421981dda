import Foundation

/// The field names that JSON Lines, JSON and CSV/TSV records use for an article's parts, and
/// the draft a record makes.
///
/// Names are matched without regard to case, `_`, `-` or spaces, so `date_publish`,
/// `datePublished` and `Date Published` are one name. Three families are understood:
/// news-please and newspaper (`title`, `maintext`, `text`, `description`, `date_publish`,
/// `authors`, `url`, `source_domain`, `language`), plain ones (`headline`, `body`, `content`,
/// `date`, `published`, `author`, `source`, `link`), and the archive's own record (`paragraphs`,
/// `published`, `authors`, `source`, `url`, `language`, `origin`), so that
/// `archive extract --format jsonl` output reads back as it was written.
enum RecordFields {
    enum Field {
        case title, paragraphs, body, summary, published, authors, source, url, language, origin
    }

    /// A field and its rank among the names for it: when a record has several, the lowest wins.
    static func field(named name: String) -> (field: Field, rank: Int)? {
        names[fold(name)]
    }

    /// The draft for `record`; nil when it has neither text nor a title. A value that cannot be
    /// used (a date that is not a date) is reported and left out.
    static func draft(
        from record: [String: Any],
        origin: String,
        line: Int?,
        report: (InputProblem) -> Void
    ) -> ArticleDraft? {
        var chosen: [Field: (rank: Int, value: Any)] = [:]
        for (key, value) in record {
            guard !isEmpty(value), let (field, rank) = field(named: key) else { continue }
            if let current = chosen[field], current.rank <= rank { continue }
            chosen[field] = (rank, value)
        }
        var draft = ArticleDraft(origin: chosen[.origin].flatMap { text($0.value) } ?? origin)
        draft.title = chosen[.title].flatMap { text($0.value) } ?? ""
        if let value = chosen[.paragraphs]?.value, let list = value as? [Any] {
            draft.paragraphs = list.compactMap(text)
        } else if let body = (chosen[.paragraphs] ?? chosen[.body] ?? chosen[.summary]).flatMap({ text($0.value) }) {
            draft.paragraphs = paragraphs(in: body)
        }
        guard !draft.paragraphs.isEmpty || !draft.title.isEmpty else { return nil }
        draft.authors = chosen[.authors].map { people($0.value) } ?? []
        draft.source = chosen[.source].flatMap { name($0.value) }
        draft.url = chosen[.url].flatMap { text($0.value) }
        draft.language = chosen[.language].flatMap { text($0.value) }
        if let value = chosen[.published]?.value {
            draft.published = date(value)
            if draft.published == nil {
                report(InputProblem(origin: origin, line: line, reason: "date '\(text(value) ?? "\(value)")' is not a date I can read; the article is stored undated"))
            }
        }
        return draft
    }

    static let noArticleReason = "no article text or title (looked for fields such as title, maintext, text, body, content, description, paragraphs)"

    /// A body split into paragraphs at blank lines, or at line breaks when it has none; HTML
    /// bodies are read as HTML.
    static func paragraphs(in body: String) -> [String] {
        isHTML(body) ? FeedMarkup.paragraphs(from: body) : FeedMarkup.plainParagraphs(body)
    }

    /// A closing tag, or a lower-case `<br>` or `<p>`: text that merely uses angle brackets
    /// (Reuters writes `<Bryson Oil and Gas Plc>` and the ticker `<P>`) is not taken for HTML.
    static func isHTML(_ body: String) -> Bool {
        let bytes = Array(body.utf8)
        var index = bytes.firstIndex(of: UInt8(ascii: "<"))
        while let open = index {
            let rest = bytes[(open + 1)...]
            if htmlMarks.contains(where: { rest.starts(with: $0) }) { return true }
            index = rest.firstIndex(of: UInt8(ascii: "<"))
        }
        return false
    }

    /// What follows `<` in the marks of HTML that `isHTML` looks for.
    private static let htmlMarks: [[UInt8]] = ["/", "br>", "br/", "br ", "p>", "p "].map { Array($0.utf8) }

    // MARK: - Values

    private static func isEmpty(_ value: Any) -> Bool {
        switch value {
        case is NSNull: return true
        // The length first: a body is not lower-cased to be compared with "none".
        case let text as String: return text.allSatisfy(\.isWhitespace) || (text.utf8.count <= 8 && nullWords.contains(text.lowercased()))
        case let list as [Any]: return list.isEmpty
        default: return false
        }
    }

    /// What spreadsheet and pandas exports write for "no value".
    static let nullWords: Set<String> = ["none", "null", "nan", "n/a", "na"]

    private static func text(_ value: Any) -> String? {
        switch value {
        case let text as String: return text
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }

    /// A name given as text or as an object with a `name` (`{"name": "Reuters"}`).
    private static func name(_ value: Any) -> String? {
        if let object = value as? [String: Any] { return object["name"].flatMap(text) }
        return text(value)
    }

    /// `["A", "B"]`, `[{"name": "A"}]`, `"A, B"` or `"A and B"`.
    private static func people(_ value: Any) -> [String] {
        if let list = value as? [Any] { return list.compactMap(name) }
        if let object = value as? [String: Any] { return object["name"].flatMap(text).map { [$0] } ?? [] }
        return text(value).map(FrontMatter.list) ?? []
    }

    /// Text for the date parser, or a number of seconds (milliseconds when it is that large)
    /// since 1970. Small numbers (a `true`, a year) are not taken for moments in January 1970.
    private static func date(_ value: Any) -> PublishedDate? {
        if let text = value as? String { return DateParser.parse(text) }
        guard let number = value as? NSNumber else { return nil }
        let seconds = number.doubleValue > 1e11 ? number.doubleValue / 1000 : number.doubleValue
        guard seconds.isFinite, seconds > 1e6, seconds < 1e11 else { return nil }
        return PublishedDate(utcSeconds: Int64(seconds))
    }

    // MARK: - Names

    private static func fold(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    private static let names: [String: (field: Field, rank: Int)] = {
        let table: [(Field, [String])] = [
            (.title, ["title", "headline"]),
            (.paragraphs, ["paragraphs"]),
            (.body, ["maintext", "articlebody", "body", "text", "content", "fulltext", "article", "contenttext", "contenthtml"]),
            (.summary, ["description", "summary", "abstract", "lead", "excerpt"]),
            (.published, ["published", "datepublish", "datepublished", "publicationdate", "publishdate", "publishedat",
                          "pubdate", "date", "datetime", "datecreated", "created"]),
            (.authors, ["authors", "author", "byline", "creator", "creators"]),
            (.source, ["source", "publisher", "outlet", "sourcename", "sitename", "sourcedomain", "domain"]),
            (.url, ["url", "canonicalurl", "link", "permalink", "href", "uri"]),
            (.language, ["language", "lang", "languagecode"]),
            (.origin, ["origin"]),
        ]
        var names: [String: (Field, Int)] = [:]
        for (field, keys) in table {
            for (rank, key) in keys.enumerated() { names[key] = (field, rank) }
        }
        return names
    }()
}
