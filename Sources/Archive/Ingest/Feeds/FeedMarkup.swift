import Foundation
internal import CLibXML2

/// Turns the HTML that feeds carry inside items (`content:encoded`, escaped `description`,
/// Atom `type="html"`) into plain paragraphs, with libxml2's forgiving HTML parser.
///
/// Block elements and `<br>` end a paragraph; scripts, styles, forms and embedded media are
/// dropped; character references are decoded by the parser. Text with no markup at all is
/// split like a plain-text body, at blank lines or else at line breaks.
///
/// Feeds end items with links back to the site ("Read more…", "Continue reading", share
/// buttons, "[link] [25 comments]"): trailing paragraphs that are all link text, or the usual
/// boilerplate, are not part of the article.
enum FeedMarkup {
    static func paragraphs(from text: String) -> [String] {
        guard looksLikeHTML(text) else { return plainParagraphs(text) }
        var collector = ParagraphCollector()
        parse(text) { document in
            collector.walk(xmlDocGetRootElement(document))
        }
        return collector.finish(droppingTrailers: true)
    }

    /// The paragraphs of an element already parsed, such as Atom's XHTML content.
    static func paragraphs(inChildrenOf node: xmlNodePtr) -> [String] {
        var collector = ParagraphCollector()
        collector.walk(node.pointee.children)
        return collector.finish(droppingTrailers: true)
    }

    /// One line of text, for titles that carry markup or character references.
    static func line(from text: String) -> String {
        guard looksLikeHTML(text) else { return text }
        var collector = ParagraphCollector()
        parse(text) { document in
            collector.walk(xmlDocGetRootElement(document))
        }
        return collector.finish(droppingTrailers: false).joined(separator: " ")
    }

    /// A paragraph that closes an item without being part of it.
    static func isTrailer(_ paragraph: String, linkShare: Double) -> Bool {
        if linkShare >= 0.9, paragraph.count <= 160 { return true }
        if PlainTextReader.isTrailingBoilerplate(paragraph) { return true }
        let lowered = paragraph.lowercased()
        return trailerPrefixes.contains { lowered.hasPrefix($0) }
            || (lowered.hasPrefix("the post ") && lowered.contains(" appeared first on "))
    }

    private static let trailerPrefixes = ["continue reading", "read more", "read the full", "read the rest", "keep reading"]

    /// Markup or an entity reference; a bare `<` or `&` in prose is left to the parser too,
    /// which reads it as text.
    static func looksLikeHTML(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: "<")) || text.utf8.contains(UInt8(ascii: "&"))
    }

    /// Paragraphs at blank lines, or at every line break when there is no blank line; lines of a
    /// paragraph are joined with a space. Works on the UTF-8 bytes: a large JSON Lines file
    /// calls this once per record.
    static func plainParagraphs(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes -> [String] in
            var lines: [Range<Int>] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D {
                // CR LF is one break: the LF after a CR opens no empty line.
                if !(index > 0 && index < bytes.count && bytes[index] == 0x0A && bytes[index - 1] == 0x0D) {
                    lines.append(trimmedRange(bytes, start..<index))
                }
                start = index + 1
            }
            let hasBlankLine = lines.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.contains { $0.isEmpty }
            var paragraphs: [String] = []
            var current: [Range<Int>] = []
            func flush() {
                guard !current.isEmpty else { return }
                paragraphs.append(current.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }.joined(separator: " "))
                current.removeAll()
            }
            for line in lines {
                if line.isEmpty {
                    flush()
                } else {
                    current.append(line)
                    if !hasBlankLine { flush() }
                }
            }
            flush()
            return paragraphs
        }
    }

    /// `range` without the spaces and tabs at its ends (other white space is left to normalisation).
    private static func trimmedRange(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        return lower..<upper
    }

    private static func parse(_ text: String, _ body: (htmlDocPtr) -> Void) {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress,
                      let document = htmlReadMemory(base, Int32(chars.count), nil, "UTF-8", options) else { return }
                defer { xmlFreeDoc(document) }
                body(document)
            }
        }
    }

    /// Gathers text by walking the parsed tree, starting a new paragraph at block boundaries,
    /// and notes how much of each paragraph is link text.
    private struct ParagraphCollector {
        private var paragraphs: [(text: String, linkShare: Double)] = []
        private var current = ""
        private var linkCharacters = 0
        private var linkDepth = 0

        mutating func walk(_ node: xmlNodePtr?) {
            var child = node
            while let node = child {
                visit(node)
                child = node.pointee.next
            }
        }

        private mutating func visit(_ node: xmlNodePtr) {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content else { return }
                let text = String(cString: content)
                current += text
                if linkDepth > 0 { linkCharacters += text.unicodeScalars.count { !$0.properties.isWhitespace } }
            case XML_ELEMENT_NODE:
                let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                if FeedMarkup.droppedElements.contains(name) { return }
                if name == "br" {
                    breakParagraph()
                    return
                }
                let isBlock = FeedMarkup.blockElements.contains(name)
                if isBlock { breakParagraph() }
                if name == "a" { linkDepth += 1 }
                walk(node.pointee.children)
                if name == "a" { linkDepth -= 1 }
                if isBlock { breakParagraph() }
            default:
                return
            }
        }

        private mutating func breakParagraph() {
            let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty {
                let characters = trimmed.unicodeScalars.count { !$0.properties.isWhitespace }
                paragraphs.append((trimmed, Double(linkCharacters) / Double(max(characters, 1))))
            }
            current = ""
            linkCharacters = 0
        }

        mutating func finish(droppingTrailers: Bool) -> [String] {
            breakParagraph()
            if droppingTrailers {
                var dropped = false
                while let last = paragraphs.last, FeedMarkup.isTrailer(last.text, linkShare: last.linkShare)
                        || (dropped && last.text.hasSuffix(":") && last.text.count <= 80) {
                    // A short line ending in a colon introduced the links just dropped ("Previously:").
                    paragraphs.removeLast()
                    dropped = true
                }
            }
            return paragraphs.map(\.text)
        }
    }

    static let blockElements: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
        "table", "tr", "td", "th", "section", "article", "header", "footer", "aside", "figure", "figcaption",
        "hr", "address", "center", "body", "html",
    ]

    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "iframe", "object", "embed", "video", "audio", "svg", "form", "button",
        "select", "textarea", "template", "head", "title", "map",
    ]
}
