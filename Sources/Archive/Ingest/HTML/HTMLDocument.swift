internal import CLibXML2

/// A parsed HTML page: a thin owner of libxml2's tree, with the few edits the article reader makes.
///
/// Parsed with `htmlReadMemory` in recovery mode, without network access and without
/// `HTML_PARSE_HUGE`, so libxml2 keeps its nesting limit (256 levels) and a hostile page cannot
/// build a tree deeper than that. Every walk over the tree is iterative all the same.
/// Removed and created nodes are kept until the document goes, so a node value taken before
/// an edit never points at freed memory. Not `Sendable`: one reader owns it.
/// See <https://gnome.pages.gitlab.gnome.org/libxml2/devhelp/libxml2-HTMLparser.html>.
final class HTMLDocument {
    private let document: htmlDocPtr
    /// Nodes taken out of the tree or made and not yet placed: freed with the document.
    private var looseNodes: Set<xmlNodePtr> = []

    /// Parses `bytes`, which are in `encoding` (an IANA name libxml2 knows, such as `UTF-8`).
    init?(bytes: [UInt8], encoding: String) {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(clamping: buffer.count), nil, encoding, options)
                }
            } ?? nil
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit {
        // Only the roots of loose subtrees are freed (with what they hold); the rest go with the document.
        let roots = looseNodes.filter { $0.pointee.parent == nil }
        for node in roots { xmlFreeNode(node) }
        xmlFreeDoc(document)
    }

    /// The `<html>` element.
    var root: HTMLNode? {
        xmlDocGetRootElement(document).map(HTMLNode.init)
    }

    /// The first element with `name` in document order.
    func firstElement(named name: String) -> HTMLNode? {
        root.flatMap { $0.name == name ? $0 : $0.descendants(named: [name]).first }
    }

    func elements(named names: Set<String>) -> [HTMLNode] {
        guard let root else { return [] }
        return (names.contains(root.name) ? [root] : []) + root.descendants(named: names)
    }

    var body: HTMLNode? { firstElement(named: "body") }

    /// A new element that belongs to no parent yet.
    func makeElement(_ name: String) -> HTMLNode {
        let node = xmlNewDocNode(document, nil, name, nil)!
        looseNodes.insert(node)
        return HTMLNode(node)
    }

    /// Takes `node` (and what it holds) out of the tree.
    func remove(_ node: HTMLNode) {
        xmlUnlinkNode(node.pointer)
        looseNodes.insert(node.pointer)
    }

    /// Puts `replacement` where `node` is and takes `node` out.
    func replace(_ node: HTMLNode, with replacement: HTMLNode) {
        guard let parent = node.parent else { return }
        parent.insert(replacement, before: node)
        remove(node)
    }
}

/// One node of an `HTMLDocument`'s tree; valid while the document lives.
struct HTMLNode: Hashable {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) { self.pointer = pointer }

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's tag name in lower case (libxml2's HTML parser folds it); "" for other nodes.
    var name: String {
        guard isElement, let name = pointer.pointee.name else { return "" }
        return String(cString: name)
    }

    /// Renames the element in place: its attributes, children and identity stay.
    func rename(_ newName: String) {
        xmlNodeSetName(pointer, newName)
    }

    func attribute(_ attributeName: String) -> String? {
        guard isElement else { return nil }
        var property = pointer.pointee.properties
        while let current = property {
            if let name = current.pointee.name, String(cString: name).lowercased() == attributeName {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            property = current.pointee.next
        }
        return nil
    }

    var className: String { attribute("class") ?? "" }
    var id: String { attribute("id") ?? "" }

    var parent: HTMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(parent)
    }

    var firstChild: HTMLNode? { pointer.pointee.children.map(HTMLNode.init) }
    var lastChild: HTMLNode? { pointer.pointee.last.map(HTMLNode.init) }
    var nextSibling: HTMLNode? { pointer.pointee.next.map(HTMLNode.init) }

    var childNodes: [HTMLNode] {
        var nodes: [HTMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            nodes.append(HTMLNode(node))
            child = node.pointee.next
        }
        return nodes
    }

    var children: [HTMLNode] { childNodes.filter(\.isElement) }

    var firstElementChild: HTMLNode? {
        var child = firstChild
        while let node = child, !node.isElement { child = node.nextSibling }
        return child
    }

    var nextElementSibling: HTMLNode? {
        var sibling = nextSibling
        while let node = sibling, !node.isElement { sibling = node.nextSibling }
        return sibling
    }

    /// The node after this one in document order among elements, without or with this one's subtree.
    func nextElement(skippingChildren: Bool = false) -> HTMLNode? {
        if !skippingChildren, let child = firstElementChild { return child }
        var node: HTMLNode? = self
        while let current = node {
            if let sibling = current.nextElementSibling { return sibling }
            node = current.parent
        }
        return nil
    }

    /// Every node below this one in document order, walked without recursion.
    func forEachDescendant(_ body: (HTMLNode) -> Void) {
        _ = firstDescendant { body($0); return false }
    }

    /// The first node below this one, in document order, that `matches`; the walk stops there.
    func firstDescendant(where matches: (HTMLNode) -> Bool) -> HTMLNode? {
        var current = pointer.pointee.children
        while let node = current {
            if matches(HTMLNode(node)) { return HTMLNode(node) }
            if let child = node.pointee.children, node.pointee.type == XML_ELEMENT_NODE {
                current = child
                continue
            }
            var climb: xmlNodePtr? = node
            current = nil
            while let up = climb, up != pointer {
                if let next = up.pointee.next { current = next; break }
                climb = up.pointee.parent
            }
        }
        return nil
    }

    /// Walks the nodes below this one in document order without recursion: `enter` sees each
    /// node and says whether to go into its children; `leave` sees each element entered, after its children.
    func walk(enter: (HTMLNode) -> Bool, leave: (HTMLNode) -> Void) {
        var current = pointer.pointee.children
        while let node = current {
            if enter(HTMLNode(node)), node.pointee.type == XML_ELEMENT_NODE, let child = node.pointee.children {
                current = child
                continue
            }
            if node.pointee.type == XML_ELEMENT_NODE { leave(HTMLNode(node)) }
            var climb: xmlNodePtr? = node
            current = nil
            while let up = climb, up != pointer {
                if let next = up.pointee.next { current = next; break }
                climb = up.pointee.parent
                if let parent = climb, parent != pointer { leave(HTMLNode(parent)) }
            }
        }
    }

    /// The elements below this one whose name is in `names`, in document order.
    func descendants(named names: Set<String>) -> [HTMLNode] {
        var found: [HTMLNode] = []
        forEachDescendant { node in
            if node.isElement, names.contains(node.name) { found.append(node) }
        }
        return found
    }

    func contains(descendantNamed names: Set<String>) -> Bool {
        firstDescendant { $0.isElement && names.contains($0.name) } != nil
    }

    /// The text of this node and everything below it, as the DOM's `textContent` gives it.
    var textContent: String {
        if isText { return pointer.pointee.content.map { String(cString: $0) } ?? "" }
        guard isElement else { return "" }
        var text = ""
        forEachDescendant { node in
            if node.isText, let content = node.pointer.pointee.content { text += String(cString: content) }
        }
        return text
    }

    /// The length, in UTF-16 code units, of `textContent` trimmed and with white space runs folded.
    var foldedTextLength: Int {
        var counter = FoldedText.Counter()
        func add(_ node: HTMLNode) {
            guard node.isText, let content = node.pointer.pointee.content else { return }
            content.withMemoryRebound(to: UInt8.self, capacity: 1) { counter.add(UnsafePointer($0)) }
        }
        if isText { add(self) } else { forEachDescendant(add) }
        return counter.length
    }

    /// Adds `child` as the last child, taking it from wherever it was.
    func append(_ child: HTMLNode) {
        xmlUnlinkNode(child.pointer)
        let node = child.pointer
        node.pointee.parent = pointer
        node.pointee.doc = pointer.pointee.doc
        if let last = pointer.pointee.last {
            last.pointee.next = node
            node.pointee.prev = last
        } else {
            pointer.pointee.children = node
        }
        pointer.pointee.last = node
    }

    /// Adds `child` just before `sibling`, one of this node's children.
    func insert(_ child: HTMLNode, before sibling: HTMLNode) {
        xmlUnlinkNode(child.pointer)
        let node = child.pointer
        let next = sibling.pointer
        node.pointee.parent = pointer
        node.pointee.doc = pointer.pointee.doc
        node.pointee.next = next
        node.pointee.prev = next.pointee.prev
        if let previous = next.pointee.prev {
            previous.pointee.next = node
        } else {
            pointer.pointee.children = node
        }
        next.pointee.prev = node
    }
}
