/// Something wrong with one input, or one record of it, that did not stop the rest of the work.
///
/// Its description is the one line a person sees: `feed.xml:3: entity expansion is not allowed`.
public struct InputProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public let origin: String
    public let line: Int?
    public let reason: String

    public init(origin: String, line: Int? = nil, reason: String) {
        self.origin = origin
        self.line = line
        self.reason = reason
    }

    public var description: String {
        if let line { return "\(origin):\(line): \(reason)" }
        return "\(origin): \(reason)"
    }
}
