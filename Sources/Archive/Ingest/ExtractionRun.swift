/// Reads inputs and extracts their articles in input order, for `archive extract`: the same
/// path as ingest takes, without a database.
public struct ExtractionRun: Sendable {
    public struct Summary: Sendable {
        public var articles = 0
        public var failed = 0
    }

    public init() {}

    public func run(
        _ inputs: DraftStream,
        report: (InputProblem) -> Void,
        handle: (ExtractedArticle) throws -> Void
    ) throws -> Summary {
        var summary = Summary()
        let extractor = ArticleExtractor()
        try inputs.forEach(report: { problem in
            summary.failed += 1
            report(problem)
        }) { draft in
            summary.articles += 1
            try handle(extractor.extract(draft.normalized()))
        }
        return summary
    }
}
