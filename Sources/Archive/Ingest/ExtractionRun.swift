/// Reads inputs and extracts their articles in input order, for `archive extract`: the same
/// path as ingest takes, without a database.
public struct ExtractionRun: Sendable {
    public struct Summary: Sendable {
        public var articles = 0
        public var failed = 0
    }

    public init() {}

    public func run(
        paths: [String],
        report: (InputProblem) -> Void,
        handle: (ExtractedArticle) throws -> Void
    ) rethrows -> Summary {
        var summary = Summary()
        let collector = InputCollector()
        let loader = InputLoader()
        let extractor = ArticleExtractor()
        func failing(_ problem: InputProblem) {
            summary.failed += 1
            report(problem)
        }
        for input in collector.collect(paths, report: failing) {
            do {
                let document = try loader.load(input)
                try loader.read(document, emit: { draft in
                    summary.articles += 1
                    try handle(extractor.extract(draft.normalized()))
                }, report: failing)
            } catch let problem as InputProblem {
                failing(problem)
            } catch {
                failing(InputProblem(origin: "\(input)", reason: "\(error)"))
            }
        }
        return summary
    }
}
