/// What an ingest run did, for the line it ends with:
/// `ingested 2, updated 0, unchanged 0, duplicates 0, failed 0`.
public struct IngestSummary: Sendable, Equatable, CustomStringConvertible {
    public var ingested = 0
    public var updated = 0
    public var unchanged = 0
    public var duplicates = 0
    public var failed = 0
    /// New articles linked to a story already stored: the same story syndicated with small edits.
    public var nearDuplicates = 0
    /// Each input skipped as an exact duplicate, with the origin of the article it duplicates.
    public var duplicateOrigins: [(origin: String, original: String)] = []

    public init() {}

    public var description: String {
        "ingested \(ingested), updated \(updated), unchanged \(unchanged), duplicates \(duplicates), failed \(failed)"
    }

    mutating func count(_ outcome: StoreOutcome) {
        switch outcome {
        case .inserted: ingested += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        case .duplicate: duplicates += 1
        }
    }

    public static func == (lhs: IngestSummary, rhs: IngestSummary) -> Bool {
        lhs.description == rhs.description
            && lhs.duplicateOrigins.map { "\($0)\u{0}\($1)" } == rhs.duplicateOrigins.map { "\($0)\u{0}\($1)" }
    }
}
