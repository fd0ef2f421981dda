/// The paragraphs of an article container: one for each paragraph, heading, list item, table
/// row or other block, with inline markup read as the text it holds.
enum HTMLBlockText {
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    ]
    /// Elements whose text is never article text: captions, code and form controls.
    static let skippedElements: Set<String> = [
        "figcaption", "script", "style", "noscript", "template", "svg", "button", "select", "textarea", "input",
    ]

    static func paragraphs(in root: HTMLNode) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        func flush() {
            let text = current.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !text.isEmpty { paragraphs.append(text) }
            current = ""
        }
        root.walk(enter: { node in
            if node.isText {
                current += node.textContent
                return false
            }
            guard node.isElement else { return false }
            let name = node.name
            if skippedElements.contains(name) { return false }
            if blockElements.contains(name) { flush() }
            if name == "br" || name == "td" || name == "th" { current += " " }
            return true
        }, leave: { node in
            let name = node.name
            if blockElements.contains(name) { flush() }
            if name == "td" || name == "th" { current += " " }
        })
        flush()
        return paragraphs
    }
}
