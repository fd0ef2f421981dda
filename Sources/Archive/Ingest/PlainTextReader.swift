import Foundation

/// Reads a plain-text article.
///
/// - An optional front-matter block between `---` lines gives metadata (`title:`, `date:`,
///   `source:`, `url:`, `authors:`, `language:`).
/// - Paragraphs are separated by blank lines or, in a file that has none, by line breaks.
/// - A short first line followed by a blank line is the title.
/// - Trailing boilerplate lines ("Related content", "Read more") are not paragraphs.
public struct PlainTextReader: ArticleReader {
    /// The longest first line that still counts as a title rather than a paragraph.
    static let maximumTitleLength = 200

    /// Publication date to use when the text itself gives none (the seeds' dates come this way).
    public var defaultPublished: PublishedDate?

    public init(defaultPublished: PublishedDate? = nil) {
        self.defaultPublished = defaultPublished
    }

    public func read(
        _ document: InputDocument,
        emit: (ArticleDraft) throws -> Void,
        report: (InputProblem) -> Void
    ) throws {
        let text = TextDecoding.decode(document.data)
        guard let article = parse(text, origin: document.origin, report: report) else {
            throw InputProblem(origin: document.origin, reason: "no article text found (the file is empty or blank)")
        }
        try emit(article)
    }

    /// The article in `text`, or nil when it holds no words.
    public func parse(_ text: String, origin: String, report: (InputProblem) -> Void = { _ in }) -> ArticleDraft? {
        // Foundation's replacing and trimming bridge each string to NSString: only when needed,
        // and lines trimmed by scalars (a fifth of the writer thread's reading time went there).
        let unixText = text.utf8.contains(UInt8(ascii: "\r"))
            ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        var lines = unixText
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map(Self.trimmingSpaces)
        var draft = ArticleDraft(origin: origin, published: defaultPublished)
        if let matter = FrontMatter.parse(&lines) {
            matter.apply(to: &draft, origin: origin, report: report)
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }

        if draft.title.isEmpty, lines.count > 2, lines[1].isEmpty, !lines[0].isEmpty,
           lines[0].count <= Self.maximumTitleLength, !Self.endsLikeSentence(lines[0]) || lines[0].count < 80 {
            draft.title = lines[0]
            lines.removeFirst(2)
        }

        var paragraphs = Self.paragraphs(in: lines)
        while let last = paragraphs.last, Self.isTrailingBoilerplate(last) { paragraphs.removeLast() }
        guard !paragraphs.isEmpty || !draft.title.isEmpty else { return nil }
        draft.paragraphs = paragraphs
        return draft
    }

    static func paragraphs(in lines: [String]) -> [String] {
        let hasBlankSeparators = lines.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.contains("")
        guard hasBlankSeparators else { return lines.filter { !$0.isEmpty } }
        var paragraphs: [String] = []
        var current: [String] = []
        for line in lines {
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs
    }

    private static func endsLikeSentence(_ line: String) -> Bool {
        guard let last = line.last else { return false }
        return ".!?:;,”\"".contains(last)
    }

    /// `line` without the spaces and tabs around it (what `CharacterSet.whitespaces` holds:
    /// general category Zs and the tab).
    static func trimmingSpaces(_ line: Substring) -> String {
        let scalars = line.unicodeScalars
        let isSpace = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }

    static func isTrailingBoilerplate(_ paragraph: String) -> Bool {
        // Boilerplate is a short line: a long paragraph is not lower-cased to find that out.
        guard paragraph.utf8.count <= 512 else { return false }
        let folded = paragraph.lowercased().trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        guard folded.count <= 60 else { return false }
        return boilerplate.contains(folded) || boilerplatePrefixes.contains { folded.hasPrefix($0) }
    }

    private static let boilerplate: Set<String> = [
        "related content", "related articles", "related stories", "related", "read more", "more on this story",
        "share this article", "share", "advertisement", "comments", "recommended", "most read", "top stories",
        "you may also like", "see also", "further reading",
    ]
    private static let boilerplatePrefixes = ["sign up for", "subscribe to", "follow us on", "click here to", "copyright ©", "© "]
}
