import Foundation

/// Reads a saved web page: its article's metadata and the paragraphs of its body.
///
/// The page is parsed by libxml2's HTML parser in the charset it declares (see `HTMLCharset`);
/// metadata comes from `PageMetadata`, the body from `ReadabilityScorer`. Navigation, share
/// bars, related links, comments, captions and footers are left out of the paragraphs.
public struct HTMLArticleReader: ArticleReader {
    public init() {}

    public func read(
        _ document: InputDocument,
        emit: (ArticleDraft) throws -> Void,
        report: (InputProblem) -> Void
    ) throws {
        try emit(parse(document.data, origin: document.origin))
    }

    /// The article in the page `data`, or the one-line reason there is none.
    public func parse(_ data: Data, origin: String) throws(InputProblem) -> ArticleDraft {
        guard data.contains(where: { !(Set<UInt8>([0x20, 0x09, 0x0A, 0x0D, 0x0C]).contains($0)) }) else {
            throw InputProblem(origin: origin, reason: "no article text found (the file is empty or blank)")
        }
        guard !Self.looksBinary(data) else {
            throw InputProblem(origin: origin, reason: "not an HTML page (the file holds binary data)")
        }
        let prepared = HTMLCharset.prepare(data)
        func parsePage() -> HTMLDocument? { HTMLDocument(bytes: prepared.bytes, encoding: prepared.encoding) }
        guard let page = parsePage(), page.root != nil else {
            throw InputProblem(origin: origin, reason: "cannot parse the page as HTML (libxml2 found no document)")
        }
        let metadata = PageMetadata(document: page)
        let body = Self.articleBody(firstPage: page, reparse: parsePage, title: metadata.title)

        var draft = ArticleDraft(origin: origin, title: metadata.title, authors: metadata.authors, published: metadata.published,
                                 source: metadata.source, url: metadata.url, language: metadata.language,
                                 paragraphs: body.paragraphs)
        if draft.authors.isEmpty, let byline = body.byline { draft.authors = BylineNames.split(byline) }
        guard !draft.paragraphs.isEmpty || !draft.title.isEmpty else {
            throw InputProblem(origin: origin, reason: "no article text found in the page")
        }
        return draft
    }

    private struct Body {
        var paragraphs: [String] = []
        var byline: String?
        var length = 0
    }

    /// Readability's sieve: all filters first, then fewer, until the text is long enough; else the longest.
    private static func articleBody(firstPage: HTMLDocument, reparse: () -> HTMLDocument?, title: String) -> Body {
        let attempts: [ReadabilityScorer.Flags] = [.all, [.weightClasses, .cleanConditionally], [.cleanConditionally], []]
        var best = Body()
        var page: HTMLDocument? = firstPage
        for flags in attempts {
            guard let document = page ?? reparse() else { break }
            page = nil
            let scorer = ReadabilityScorer(document: document, flags: flags, articleTitle: title)
            guard let content = scorer.articleContent() else { continue }
            let body = Body(paragraphs: HTMLBlockText.paragraphs(in: content), byline: scorer.byline,
                            length: content.foldedTextLength)
            if body.length >= ReadabilityScorer.minimumArticleLength { return body }
            if body.length > best.length || best.paragraphs.isEmpty { best = body }
        }
        return best
    }

    /// NUL bytes do not occur in text in the encodings pages use, other than UTF-16.
    private static func looksBinary(_ data: Data) -> Bool {
        let head = data.prefix(8192)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return false }
        return head.contains(0)
    }
}
