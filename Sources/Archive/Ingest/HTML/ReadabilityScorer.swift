/// Finds a page's article body: the container whose paragraphs score best, with the siblings
/// that belong to it, cleaned of what is not article text.
///
/// The method is Readability's (Arc90, as Mozilla maintains it): drop nodes that cannot be
/// content (hidden, navigation, comments, share bars, by class, id and role), score every
/// paragraph by its length and commas and credit its parent and grandparents, discount
/// candidates by their share of link text, pick the best and join siblings that score near it,
/// then remove blocks inside it that look like boilerplate (link lists, forms, image galleries).
/// A page whose result is too short is tried again with fewer of those filters.
final class ReadabilityScorer {
    struct Flags: OptionSet {
        let rawValue: Int
        static let stripUnlikely = Flags(rawValue: 1)
        static let weightClasses = Flags(rawValue: 2)
        static let cleanConditionally = Flags(rawValue: 4)
        static let all: Flags = [.stripUnlikely, .weightClasses, .cleanConditionally]
    }

    /// Below this many characters of text a result is thought to have missed the article.
    static let minimumArticleLength = 500
    static let topCandidateCount = 5

    private let document: HTMLDocument
    private let flags: Flags
    private let articleTitle: String
    private var scores: [HTMLNode: Double] = [:]
    private var dataTables: Set<HTMLNode> = []
    /// The byline found in the page (and removed from it), if any.
    private(set) var byline: String?

    init(document: HTMLDocument, flags: Flags, articleTitle: String) {
        self.document = document
        self.flags = flags
        self.articleTitle = articleTitle
    }

    /// The article's container, detached from the page; nil when the page has no body.
    func articleContent() -> HTMLNode? {
        prepareDocument()
        guard let body = document.body else { return nil }
        let candidates = scoreParagraphs()
        let (topCandidate, createdTopCandidate) = chooseTopCandidate(candidates, body: body)
        let content = document.makeElement("div")
        if createdTopCandidate {
            content.append(topCandidate)
        } else {
            joinSiblings(of: topCandidate, into: content)
        }
        prepareArticle(content)
        return content
    }

    // MARK: - Preparing the page

    private func prepareDocument() {
        for node in document.elements(named: ["script", "noscript", "style", "template"]) { document.remove(node) }
        if let body = document.body { replaceBreakRuns(in: body) }
        for node in document.elements(named: ["font"]) { node.rename("span") }
    }

    /// Turns text separated by two or more `<br>`s into paragraphs.
    private func replaceBreakRuns(in body: HTMLNode) {
        for br in body.descendants(named: ["br"]) where br.parent != nil {
            var next = Self.skippingWhitespace(br.nextSibling)
            var replaced = false
            while let run = next, run.name == "br" {
                replaced = true
                let after = run.nextSibling
                document.remove(run)
                next = Self.skippingWhitespace(after)
            }
            guard replaced else { continue }
            let paragraph = document.makeElement("p")
            document.replace(br, with: paragraph)
            var sibling = paragraph.nextSibling
            while let node = sibling {
                if node.name == "br", let following = Self.skippingWhitespace(node.nextSibling), following.name == "br" { break }
                guard isPhrasingContent(node) else { break }
                sibling = node.nextSibling
                paragraph.append(node)
            }
            while let last = paragraph.lastChild, isWhitespace(last) { document.remove(last) }
            if let parent = paragraph.parent, parent.name == "p" { parent.rename("div") }
        }
    }

    private static func skippingWhitespace(_ node: HTMLNode?) -> HTMLNode? {
        var next = node
        while let current = next, !current.isElement,
              current.foldedTextLength == 0 {
            next = current.nextSibling
        }
        return next
    }

    // MARK: - Scoring

    private static let tagsToScore: Set<String> = ["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"]
    private static let emptyRemovable: Set<String> = ["div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"]
    private static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]

    /// Walks the page removing what cannot be content, and returns the scored candidates.
    private func scoreParagraphs() -> [HTMLNode] {
        var elementsToScore: [HTMLNode] = []
        var shouldRemoveTitleHeader = true
        var node = document.root
        while let current = node {
            let tag = current.name
            let matchString = current.className + " " + current.id
            if !Self.isProbablyVisible(current)
                || (current.attribute("aria-modal") == "true" && current.attribute("role") == "dialog")
                || checkByline(current, matchString: matchString) {
                node = removeAndGetNext(current)
                continue
            }
            if shouldRemoveTitleHeader, headerDuplicatesTitle(current) {
                shouldRemoveTitleHeader = false
                node = removeAndGetNext(current)
                continue
            }
            if flags.contains(.stripUnlikely) {
                if ClassCues.isUnlikelyCandidate(matchString), !ClassCues.mayBeCandidate(matchString),
                   !Self.hasAncestor(current, named: "table"), !Self.hasAncestor(current, named: "code"),
                   tag != "body", tag != "a" {
                    node = removeAndGetNext(current)
                    continue
                }
                if let role = current.attribute("role"), Self.unlikelyRoles.contains(role) {
                    node = removeAndGetNext(current)
                    continue
                }
            }
            if Self.emptyRemovable.contains(tag), isElementWithoutContent(current) {
                node = removeAndGetNext(current)
                continue
            }
            if Self.tagsToScore.contains(tag) { elementsToScore.append(current) }

            var next = current
            if tag == "div" {
                wrapPhrasingContent(of: current)
                if hasSingleParagraph(current), linkDensity(current) < 0.25, let paragraph = current.firstElementChild {
                    document.replace(current, with: paragraph)
                    next = paragraph
                    elementsToScore.append(paragraph)
                } else if !current.contains(descendantNamed: Self.blockElements) {
                    current.rename("p")
                    elementsToScore.append(current)
                }
            }
            node = next.nextElement()
        }

        var candidates: [HTMLNode] = []
        for element in elementsToScore {
            guard element.parent != nil else { continue }
            let text = innerText(element)
            let length = text.utf16.count
            guard length >= 25 else { continue }
            let ancestors = Self.ancestors(of: element, limit: 5)
            guard !ancestors.isEmpty else { continue }
            let commas = text.unicodeScalars.filter { Self.commas.contains($0) }.count
            let contentScore = 1 + Double(commas + 1) + Double(min(length / 100, 3))
            for (level, ancestor) in ancestors.enumerated() where ancestor.parent != nil {
                if scores[ancestor] == nil {
                    initialize(ancestor)
                    candidates.append(ancestor)
                }
                let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                scores[ancestor, default: 0] += contentScore / divider
            }
        }
        return candidates
    }

    private func chooseTopCandidate(_ candidates: [HTMLNode], body: HTMLNode) -> (HTMLNode, created: Bool) {
        var topCandidates: [HTMLNode] = []
        for candidate in candidates {
            let score = (scores[candidate] ?? 0) * (1 - linkDensity(candidate))
            scores[candidate] = score
            let position = topCandidates.firstIndex { score > (scores[$0] ?? 0) } ?? topCandidates.count
            if position < Self.topCandidateCount {
                topCandidates.insert(candidate, at: position)
                if topCandidates.count > Self.topCandidateCount { topCandidates.removeLast() }
            }
        }

        guard var top = topCandidates.first, top.name != "body" else {
            let container = document.makeElement("div")
            for child in body.childNodes { container.append(child) }
            body.append(container)
            initialize(container)
            return (container, true)
        }

        // Several near-equal candidates under one ancestor: the article is split, take the ancestor.
        let topScore = scores[top] ?? 0
        let alternatives = topCandidates.dropFirst()
            .filter { (scores[$0] ?? 0) / topScore >= 0.75 }
            .map { Set(Self.ancestors(of: $0, limit: 0)) }
        if alternatives.count >= 3 {
            var ancestor = top.parent
            while let current = ancestor, current.name != "body" {
                if alternatives.filter({ $0.contains(current) }).count >= 3 {
                    top = current
                    break
                }
                ancestor = current.parent
            }
        }
        if scores[top] == nil { initialize(top) }

        // A parent scoring higher than its child holds more of the article.
        var parent = top.parent
        var lastScore = scores[top] ?? 0
        let threshold = lastScore / 3
        while let current = parent, current.name != "body" {
            guard let parentScore = scores[current] else {
                parent = current.parent
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore {
                top = current
                break
            }
            lastScore = parentScore
            parent = current.parent
        }

        // An only child says no more than its parent, whose siblings may hold the rest.
        while let current = top.parent, current.name != "body", current.children.count == 1 {
            top = current
        }
        if scores[top] == nil { initialize(top) }
        return (top, false)
    }

    private static let keptTagsWhenJoined: Set<String> = ["div", "article", "section", "p", "ol", "ul"]

    private func joinSiblings(of top: HTMLNode, into content: HTMLNode) {
        guard let parent = top.parent else {
            content.append(top)
            return
        }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = top.className
        for sibling in parent.children {
            var append = sibling == top
            if !append {
                let bonus = !topClass.isEmpty && sibling.className == topClass ? topScore * 0.2 : 0
                if let score = scores[sibling], score + bonus >= threshold {
                    append = true
                } else if sibling.name == "p" {
                    let density = linkDensity(sibling)
                    let text = innerText(sibling)
                    let length = sibling.foldedTextLength
                    if length > 80, density < 0.25 {
                        append = true
                    } else if length < 80, length > 0, density == 0, Self.hasSentenceEnd(text) {
                        append = true
                    }
                }
            }
            guard append else { continue }
            if !Self.keptTagsWhenJoined.contains(sibling.name) { sibling.rename("div") }
            content.append(sibling)
        }
    }

    /// A full stop followed by a space or the end of the text.
    private static func hasSentenceEnd(_ text: String) -> Bool {
        let characters = Array(text)
        return characters.indices.contains { characters[$0] == "." && ($0 + 1 == characters.count || characters[$0 + 1] == " ") }
    }

    // MARK: - Cleaning the article

    private func prepareArticle(_ content: HTMLNode) {
        markDataTables(in: content)
        cleanConditionally(content, tag: "form")
        cleanConditionally(content, tag: "fieldset")
        removeAll(in: content, named: ["object", "embed", "footer", "link", "aside", "figcaption"])
        for child in content.children {
            removeMatching(below: child) { node, matchString in
                ClassCues.isShareElement(matchString) && node.foldedTextLength < Self.minimumArticleLength
            }
        }
        removeAll(in: content, named: ["iframe", "input", "textarea", "select", "button", "nav"])
        for heading in content.descendants(named: ["h1", "h2"]) where classWeight(heading) < 0 {
            document.remove(heading)
        }
        cleanConditionally(content, tag: "table")
        cleanConditionally(content, tag: "ul")
        cleanConditionally(content, tag: "div")
        for paragraph in content.descendants(named: ["p"]).reversed() where paragraph.parent != nil {
            if !paragraph.contains(descendantNamed: ["img", "embed", "object", "iframe"]), paragraph.foldedTextLength == 0 {
                document.remove(paragraph)
            }
        }
    }

    private func removeAll(in content: HTMLNode, named names: Set<String>) {
        for node in content.descendants(named: names).reversed() where node.parent != nil {
            document.remove(node)
        }
    }

    private func removeMatching(below root: HTMLNode, _ matches: (HTMLNode, String) -> Bool) {
        let end = root.nextElement(skippingChildren: true)
        var node = root.nextElement()
        while let current = node, current != end {
            if matches(current, current.className + " " + current.id) {
                node = removeAndGetNext(current)
            } else {
                node = current.nextElement()
            }
        }
    }

    private func markDataTables(in content: HTMLNode) {
        for table in content.descendants(named: ["table"]) {
            if table.attribute("role") == "presentation" || table.attribute("datatable") == "0" { continue }
            if table.attribute("summary") != nil {
                dataTables.insert(table)
                continue
            }
            if let caption = table.descendants(named: ["caption"]).first, caption.firstChild != nil {
                dataTables.insert(table)
                continue
            }
            if table.contains(descendantNamed: ["col", "colgroup", "tfoot", "thead", "th"]) {
                dataTables.insert(table)
                continue
            }
            if table.contains(descendantNamed: ["table"]) { continue }
            var rows = 0
            var columns = 0
            for row in table.descendants(named: ["tr"]) {
                rows += Int(row.attribute("rowspan") ?? "") ?? 1
                let cells = row.children.filter { $0.name == "td" }
                columns = max(columns, cells.reduce(0) { $0 + (Int($1.attribute("colspan") ?? "") ?? 1) })
            }
            if rows == 1 || columns == 1 { continue }
            if rows >= 10 || columns > 4 || rows * columns > 10 { dataTables.insert(table) }
        }
    }

    private static let textishTags: Set<String> = blockElements.union(["span", "li", "td"])
    private static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Removes the `tag` elements that look like boilerplate rather than article text.
    private func cleanConditionally(_ content: HTMLNode, tag: String) {
        guard flags.contains(.cleanConditionally) else { return }
        for node in content.descendants(named: [tag]).reversed() where node.parent != nil {
            if shouldRemove(node, tag: tag) { document.remove(node) }
        }
    }

    private func shouldRemove(_ node: HTMLNode, tag: String) -> Bool {
        let contentLength = node.foldedTextLength
        var isList = tag == "ul" || tag == "ol"
        if !isList, contentLength > 0 {
            let listLength = node.descendants(named: ["ul", "ol"]).reduce(0) { $0 + $1.foldedTextLength }
            isList = Double(listLength) / Double(contentLength) > 0.9
        }
        if tag == "table", dataTables.contains(node) { return false }
        if Self.hasAncestor(node, named: "table", maxDepth: 0, where: { dataTables.contains($0) }) { return false }
        if Self.hasAncestor(node, named: "code") { return false }
        if node.descendants(named: ["table"]).contains(where: { dataTables.contains($0) }) { return false }

        let weight = classWeight(node)
        if weight < 0 { return true }
        let text = innerText(node)
        let commas = text.utf8.filter { $0 == UInt8(ascii: ",") }.count
        guard commas < 10 else { return false }

        let paragraphs = node.descendants(named: ["p"]).count
        let images = node.descendants(named: ["img"]).count
        let listItems = node.descendants(named: ["li"]).count - 100
        let inputs = node.descendants(named: ["input"]).count
        let headingDensity = textDensity(node, tags: Self.headingTags)
        var embeds = 0
        for embed in node.descendants(named: ["object", "embed", "iframe"]) {
            if ClassCues.isVideo(embed) { return false }
            embeds += 1
        }
        if ClassCues.isAdOrLoadingLabel(text) { return true }
        let density = linkDensity(node)
        let textishDensity = textDensity(node, tags: Self.textishTags)
        let inFigure = Self.hasAncestor(node, named: "figure")

        var remove = false
        if !inFigure, images > 1, Double(paragraphs) / Double(images) < 0.5 { remove = true }
        if !isList, listItems > paragraphs { remove = true }
        if inputs > paragraphs / 3 { remove = true }
        if !isList, !inFigure, headingDensity < 0.9, contentLength < 25, images == 0 || images > 2, density > 0 { remove = true }
        if !isList, weight < 25, density > 0.2 { remove = true }
        if weight >= 25, density > 0.5 { remove = true }
        if (embeds == 1 && contentLength < 75) || embeds > 1 { remove = true }
        if images == 0, textishDensity == 0 { remove = true }

        // A list of images, one to an item, is a gallery the article shows.
        if isList, remove {
            if node.children.contains(where: { $0.children.count > 1 }) { return true }
            if images == node.descendants(named: ["li"]).count { return false }
        }
        return remove
    }

    // MARK: - Measures

    private func initialize(_ node: HTMLNode) {
        var score: Double
        switch node.name {
        case "div": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        scores[node] = score + Double(classWeight(node))
    }

    private func classWeight(_ node: HTMLNode) -> Int {
        guard flags.contains(.weightClasses) else { return 0 }
        return ClassCues.weight(className: node.className, id: node.id)
    }

    /// Text content with white space runs folded, as Readability measures it.
    func innerText(_ node: HTMLNode) -> String {
        FoldedText.fold(node.textContent)
    }

    /// The share of the text that is link text; in-page (`#`) links count for less.
    private func linkDensity(_ node: HTMLNode) -> Double {
        let length = node.foldedTextLength
        guard length > 0 else { return 0 }
        var linkLength = 0.0
        for link in node.descendants(named: ["a"]) {
            let coefficient = (link.attribute("href") ?? "").hasPrefix("#") ? 0.3 : 1
            linkLength += Double(link.foldedTextLength) * coefficient
        }
        return linkLength / Double(length)
    }

    private func textDensity(_ node: HTMLNode, tags: Set<String>) -> Double {
        let length = node.foldedTextLength
        guard length > 0 else { return 0 }
        let childrenLength = node.descendants(named: tags).reduce(0) { $0 + $1.foldedTextLength }
        return Double(childrenLength) / Double(length)
    }

    // MARK: - Node tests

    /// Block elements that keep a `div` from being read as a paragraph.
    static let blockElements: Set<String> = ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"]
    private static let phrasingElements: Set<String> = [
        "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em", "embed", "i",
        "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object", "output", "progress", "q",
        "ruby", "samp", "script", "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "var", "wbr",
    ]
    private static let commas: Set<Unicode.Scalar> = ["\u{002C}", "\u{060C}", "\u{FE50}", "\u{FE10}", "\u{FE11}", "\u{2E41}", "\u{2E34}", "\u{2E32}", "\u{FF0C}"]

    private func isPhrasingContent(_ node: HTMLNode) -> Bool {
        if node.isText { return true }
        guard node.isElement else { return false }
        let name = node.name
        if Self.phrasingElements.contains(name) { return true }
        guard name == "a" || name == "del" || name == "ins" else { return false }
        var phrasing = true
        node.walk(enter: { child in
            guard phrasing else { return false }
            if child.isText { return false }
            let childName = child.name
            if Self.phrasingElements.contains(childName) { return false }
            if childName == "a" || childName == "del" || childName == "ins" { return true }
            phrasing = false
            return false
        }, leave: { _ in })
        return phrasing
    }

    private func isWhitespace(_ node: HTMLNode) -> Bool {
        (node.isText && node.foldedTextLength == 0) || node.name == "br"
    }

    /// Gathers runs of inline content directly inside a `div` into paragraphs.
    private func wrapPhrasingContent(of div: HTMLNode) {
        var paragraph: HTMLNode?
        var child = div.firstChild
        while let node = child {
            let next = node.nextSibling
            if isPhrasingContent(node) {
                if let paragraph {
                    paragraph.append(node)
                } else if !isWhitespace(node) {
                    let created = document.makeElement("p")
                    div.insert(created, before: node)
                    created.append(node)
                    paragraph = created
                }
            } else if let current = paragraph {
                while let last = current.lastChild, isWhitespace(last) { document.remove(last) }
                paragraph = nil
            }
            child = next
        }
    }

    private func hasSingleParagraph(_ node: HTMLNode) -> Bool {
        let children = node.children
        guard children.count == 1, children[0].name == "p" else { return false }
        return !node.childNodes.contains { $0.isText && $0.foldedTextLength > 0 }
    }

    private func isElementWithoutContent(_ node: HTMLNode) -> Bool {
        guard node.isElement, node.foldedTextLength == 0 else { return false }
        let children = node.children
        return children.isEmpty || children.count == node.descendants(named: ["br", "hr"]).count
    }

    private func checkByline(_ node: HTMLNode, matchString: String) -> Bool {
        guard byline == nil, node.isElement else { return false }
        let isByline = node.attribute("rel") == "author"
            || (node.attribute("itemprop") ?? "").lowercased().contains("author")
            || ClassCues.isByline(matchString)
        guard isByline else { return false }
        let text = innerText(node)
        guard !text.isEmpty, text.utf16.count < 100 else { return false }
        // A byline marked up with schema.org names its author in an `itemprop="name"` child.
        let name = node.descendants(named: ["span", "a", "div", "meta"])
            .first { ($0.attribute("itemprop") ?? "").lowercased() == "name" }
            .map(innerText) ?? ""
        byline = name.isEmpty ? text : name
        return true
    }

    /// An `<h1>` or `<h2>` that repeats the title, which the archive stores apart from the body.
    private func headerDuplicatesTitle(_ node: HTMLNode) -> Bool {
        guard node.name == "h1" || node.name == "h2", !articleTitle.isEmpty else { return false }
        return TextSimilarity.similarity(articleTitle, innerText(node)) > 0.75
    }

    private static func isProbablyVisible(_ node: HTMLNode) -> Bool {
        if let style = node.attribute("style") {
            let compact = style.lowercased().filter { !$0.isWhitespace }
            if compact.contains("display:none") || compact.contains("visibility:hidden") { return false }
        }
        if node.attribute("hidden") != nil { return false }
        if node.attribute("aria-hidden") == "true", !node.className.contains("fallback-image") { return false }
        return true
    }

    private func removeAndGetNext(_ node: HTMLNode) -> HTMLNode? {
        let next = node.nextElement(skippingChildren: true)
        document.remove(node)
        return next
    }

    private static func ancestors(of node: HTMLNode, limit: Int) -> [HTMLNode] {
        var found: [HTMLNode] = []
        var current = node.parent
        while let ancestor = current {
            found.append(ancestor)
            if limit > 0, found.count == limit { break }
            current = ancestor.parent
        }
        return found
    }

    private static func hasAncestor(
        _ node: HTMLNode, named name: String, maxDepth: Int = 3, where accept: (HTMLNode) -> Bool = { _ in true }
    ) -> Bool {
        var depth = 0
        var current = node.parent
        while let ancestor = current {
            if maxDepth > 0, depth > maxDepth { return false }
            if ancestor.name == name, accept(ancestor) { return true }
            current = ancestor.parent
            depth += 1
        }
        return false
    }
}
