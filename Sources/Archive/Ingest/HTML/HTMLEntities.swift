internal import CLibXML2

/// Decodes the HTML character references left in text that did not go through the HTML
/// parser: JSON-LD strings, which publishers often write with `&amp;` or `&#8217;` in them.
///
/// Only HTML's own named references (libxml2's table) and numeric ones; anything else stays as written.
enum HTMLEntities {
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            out += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(32).firstIndex(of: ";"),
                  let scalar = scalar(for: rest[afterAmpersand..<semicolon]) else {
                out.append("&")
                rest = rest[afterAmpersand...]
                continue
            }
            out.unicodeScalars.append(scalar)
            rest = rest[rest.index(after: semicolon)...]
        }
        return out + rest
    }

    private static func scalar(for reference: Substring) -> Unicode.Scalar? {
        if reference.hasPrefix("#x") || reference.hasPrefix("#X") {
            return UInt32(reference.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        }
        if reference.hasPrefix("#") {
            return UInt32(reference.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
        }
        guard !reference.isEmpty, reference.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              let entity = htmlEntityLookup(String(reference)) else { return nil }
        return Unicode.Scalar(entity.pointee.value)
    }
}
