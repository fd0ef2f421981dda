import Foundation
internal import CLibXML2

/// A forward-only pass over an XML document with libxml2's xmlTextReader, safe for input
/// from anywhere.
///
/// Entities are never expanded (no `XML_PARSE_NOENT`), no DTD or external entity is loaded
/// (no `XML_PARSE_DTDLOAD`) and nothing is fetched from the network (`XML_PARSE_NONET`). A
/// document that declares entities of its own is refused outright, which stops both the
/// "billion laughs" and the external-entity (XXE) attacks before any of their entities is used.
/// The document's charset comes from its XML declaration or byte-order mark, as XML says.
///
/// Not `Sendable`: one reader, one thread, one pass.
/// See https://gnome.pages.gitlab.gnome.org/libxml2/devhelp/libxml2-xmlreader.html
final class XMLStream {
    enum NodeKind {
        case element
        case endElement
        case text
        case other
    }

    struct Failure: Error {
        enum Kind {
            /// Not well-formed XML: a forgiving parse may still read most of it.
            case malformed
            /// Entity declarations or nested entities: never read further.
            case entities
            /// Well-formed, but not what the reader expected.
            case unexpected
        }

        let kind: Kind
        let line: Int?
        let reason: String
    }

    private let reader: xmlTextReaderPtr
    /// The bytes a streaming reader reads in place; nil when walking a parsed document.
    private let buffer: UnsafeMutableRawBufferPointer?
    /// The document a recovering parse built; nil when streaming.
    private let document: xmlDocPtr?
    private let errors = ErrorLog()

    private static let safeOptions = XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue

    /// Streams `data`, stopping at the first well-formedness error.
    init(_ data: Data, url: String) throws(Failure) {
        // xmlReaderForMemory reads the bytes in place, so they must outlive the reader.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        _ = data.copyBytes(to: buffer)
        guard let reader = xmlReaderForMemory(
            buffer.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(data.count), url, nil, Int32(Self.safeOptions)
        ) else {
            buffer.deallocate()
            throw Failure(kind: .malformed, line: nil, reason: "libxml2 could not start reading the document")
        }
        self.reader = reader
        self.buffer = buffer
        self.document = nil
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let log = Unmanaged<ErrorLog>.fromOpaque(context).takeUnretainedValue()
            log.record(error.pointee)
        }, Unmanaged.passUnretained(errors).toOpaque())
    }

    /// Parses `data` with libxml2's recovery from errors (an undeclared `&nbsp;`, a stray `&`,
    /// an unclosed tag, bytes not in the declared charset), then walks what it built, under
    /// the same rules for entities.
    ///
    /// A document whose bytes are not the UTF-8 it claims (or, with no declaration, that XML
    /// assumes) is read as Windows-1252, as `TextDecoding` reads such text files.
    init(recovering data: Data, url: String) throws(Failure) {
        let options = Self.safeOptions | XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        let encoding = Self.isMislabelledUTF8(data) ? "windows-1252" : nil
        let parsed = data.withUnsafeBytes { bytes in
            xmlReadMemory(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), url, encoding, Int32(options))
        }
        guard let parsed, let reader = xmlReaderWalker(parsed) else {
            if let parsed { xmlFreeDoc(parsed) }
            throw Failure(kind: .malformed, line: nil, reason: "the XML could not be recovered")
        }
        self.reader = reader
        self.buffer = nil
        self.document = parsed
    }

    /// Bytes that are not UTF-8 in a document that declares UTF-8 or no encoding at all.
    static func isMislabelledUTF8(_ data: Data) -> Bool {
        guard String(validating: data, as: UTF8.self) == nil else { return false }
        let head = String(decoding: data.prefix(200), as: UTF8.self).lowercased()
        guard head.hasPrefix("<?xml"), let end = head.range(of: "?>"),
              let encoding = head[..<end.lowerBound].range(of: "encoding") else { return true }
        let declared = head[encoding.upperBound..<end.lowerBound]
        return declared.contains("utf-8") || declared.contains("utf8")
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer?.deallocate()
        if let document { xmlFreeDoc(document) }
    }

    /// Moves to the next node; false at the end of the document. Throws on a well-formedness
    /// error or a document that declares entities.
    func next() throws(Failure) -> Bool {
        let status = xmlTextReaderRead(reader)
        if let failure = errors.failure { throw failure }
        if status < 0 { throw Failure(kind: .malformed, line: line, reason: "the XML is not well-formed") }
        guard status == 1 else { return false }
        if xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue) {
            try refuseEntityDeclarations()
        }
        return true
    }

    var kind: NodeKind {
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue): return .element
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): return .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
             Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
            return .text
        default: return .other
        }
    }

    var depth: Int { Int(xmlTextReaderDepth(reader)) }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }
    var localName: String { Self.string(xmlTextReaderConstLocalName(reader)) ?? "" }
    var namespace: String { Self.string(xmlTextReaderConstNamespaceUri(reader)) ?? "" }
    var value: String { Self.string(xmlTextReaderConstValue(reader)) ?? "" }
    var language: String? { Self.string(xmlTextReaderConstXmlLang(reader)) }
    var baseURL: String? { Self.string(xmlTextReaderConstBaseUri(reader)) }
    /// The line of the current node: the parser's position when streaming, the node's own line
    /// when walking a parsed document.
    var line: Int {
        if document == nil { return Int(xmlTextReaderGetParserLineNumber(reader)) }
        return xmlTextReaderCurrentNode(reader).map { Int(xmlGetLineNo($0)) } ?? 0
    }

    /// An attribute without a namespace (`href`, `rel`, `type`), or nil.
    func attribute(_ name: String) -> String? {
        guard xmlTextReaderMoveToAttribute(reader, name) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        return Self.string(xmlTextReaderConstValue(reader))
    }

    /// The paragraphs of the XHTML inside the current element, which stays current.
    func xhtmlParagraphs() -> [String] {
        guard let node = xmlTextReaderExpand(reader) else { return [] }
        return FeedMarkup.paragraphs(inChildrenOf: node)
    }

    private func refuseEntityDeclarations() throws(Failure) {
        guard let node = xmlTextReaderCurrentNode(reader) else { return }
        let dtd = UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlDtd.self).pointee
        if dtd.entities != nil || dtd.pentities != nil {
            throw Failure(kind: .entities, line: line, reason: "entity expansion is not allowed (the document declares its own entities)")
        }
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// The first error libxml2 reports, kept for `next()` to throw.
    private final class ErrorLog {
        var failure: Failure?

        func record(_ error: xmlError) {
            guard failure == nil, error.level == XML_ERR_ERROR || error.level == XML_ERR_FATAL else { return }
            let line = error.line > 0 ? Int(error.line) : nil
            if error.code == Int32(XML_ERR_ENTITY_LOOP.rawValue) {
                failure = Failure(kind: .entities, line: line, reason: "entity expansion is not allowed (the document nests entities)")
                return
            }
            let message = error.message.map { String(cString: $0) } ?? "error \(error.code)"
            let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
            failure = Failure(kind: .malformed, line: line, reason: "the XML is not well-formed: \(trimmed.prefix(1).lowercased() + trimmed.dropFirst())")
        }
    }
}
