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
    /// An input skipped as an exact duplicate, and the origin of the article it duplicates.
    public struct Duplicate: Sendable, Equatable {
        public var origin: String
        public var original: String
    }

    public var duplicateOrigins: [Duplicate] = []

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
}
