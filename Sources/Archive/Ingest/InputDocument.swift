import Foundation

/// The bytes of one input, with the name it is reported and stored under.
public struct InputDocument: Sendable {
    /// The path as the person gave it (or found under a folder they gave), `-` for standard input.
    public let origin: String
    public let data: Data

    public init(origin: String, data: Data) {
        self.origin = origin
        self.data = data
    }

    /// The file name's extension in lower case, without a trailing `.gz`.
    public var pathExtension: String {
        var name = origin.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return "" }
        return String(name[name.index(after: dot)...])
    }
}
