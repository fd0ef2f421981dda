/// Every article in the inputs a person named, read in order: the one path from paths to
/// drafts that both `archive ingest` and `archive extract` take.
public struct DraftStream: Sendable {
    public struct Progress: Sendable {
        public var inputsDone: Int
        public var inputsTotal: Int
        public var articles: Int
    }

    public let paths: [String]
    /// Metadata to overlay on the articles of matching files (`--metadata`).
    public let metadata: MetadataTable?

    public init(paths: [String], metadata: MetadataTable? = nil) {
        self.paths = paths
        self.metadata = metadata
    }

    /// Calls `body` with each draft; problems with inputs or records go to `report` and the
    /// walk goes on. Errors thrown by `body` stop it.
    public func forEach(
        report: (InputProblem) -> Void,
        progress: (Progress) -> Void = { _ in },
        _ body: (ArticleDraft) throws -> Void
    ) throws {
        let loader = InputLoader()
        let inputs = InputCollector().collect(paths, report: report)
        var articles = 0
        for (index, input) in inputs.enumerated() {
            do {
                let document = try loader.load(input)
                try loader.read(document, emit: { draft in
                    var draft = draft
                    _ = metadata?.apply(to: &draft)
                    articles += 1
                    try body(draft)
                }, report: report)
            } catch let problem as InputProblem {
                report(problem)
            }
            progress(Progress(inputsDone: index + 1, inputsTotal: inputs.count, articles: articles))
        }
    }
}
