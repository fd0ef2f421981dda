import Foundation
import Synchronization

/// The ingest path: reader → normalised draft → extraction → store, in batched transactions.
///
/// Extraction and storing overlap: while one batch is stored (the store is the one writer, on
/// this thread), the next is extracted on the other cores; when the writer is done first, it
/// extracts the rest of that batch with them rather than wait. The inputs are read on a thread
/// of their own, up to a batch ahead (`DraftStream.forEachReadingAhead`).
///
/// A bad input is reported and skipped; every good input in the same run is still stored.
/// A batch whose transaction fails is retried one article at a time, so that one article the
/// database refuses costs only itself; an error about the file rather than the article (it is
/// damaged, locked, full or read-only) stops the run.
public final class IngestPipeline {
    private let store: ArchiveStore
    private let writer: ArticleWriter
    private let batchSize: Int
    private let extractor = ArticleExtractor()
    /// Drafts read but not yet extracted and stored: one batch.
    private var pending: [ArticleDraft] = []
    /// The batch read before `pending`, being extracted; stored when the next batch starts.
    private var extracting: BatchExtraction?
    private var summary = IngestSummary()
    private var report: (InputProblem) -> Void = { _ in }
    private var nearDuplicatesBefore = 0

    /// Articles in one transaction. Each article inserts into indexes keyed at random (its
    /// entities, mentions, near-duplicate bands, content hash), so a commit writes a page for
    /// nearly every row it added there; a larger batch shares more of those pages between its
    /// rows and commits, merges full-text segments and checkpoints less often. 256 → 1,024 (with
    /// the writer's cache, `ArchiveStore.writeCacheKiB`, able to hold a batch's pages): the
    /// benchmark's 4× synthetic corpus 55.0 → 45.3 s, 16× 261.8 → 220.1 s; peak RSS 83 → 136 MB.
    public static let defaultBatchSize = 1_024

    /// A batch also ends at this much paragraph text (UTF-8 bytes), so that long articles do
    /// not make it large: two batches are in memory at once, one being extracted and one
    /// stored. The benchmark's articles average 1 KB, so its batches end at 1,024 articles.
    public static let defaultBatchTextBytes = 4 << 20

    private let batchTextBytes: Int
    private var pendingTextBytes = 0
    /// Batches handed to extraction, for tests of where batches end.
    private(set) var batchesStarted = 0

    public init(store: ArchiveStore, batchSize: Int = IngestPipeline.defaultBatchSize,
                batchTextBytes: Int = IngestPipeline.defaultBatchTextBytes) {
        self.store = store
        self.writer = ArticleWriter(store: store)
        self.batchSize = max(1, batchSize)
        self.batchTextBytes = max(1, batchTextBytes)
    }

    /// Ingests every article in `inputs`.
    public func ingest(
        _ inputs: DraftStream,
        progress: (DraftStream.Progress) -> Void = { _ in },
        report: @escaping (InputProblem) -> Void
    ) throws -> IngestSummary {
        begin(report: report)
        defer { extracting?.abandon() }
        try inputs.forEachReadingAhead(aheadDrafts: batchSize, aheadBytes: batchTextBytes, report: fail, progress: progress) { draft in
            try add(draft)
        }
        try finish()
        summary.nearDuplicates = writer.nearDuplicatesLinked - nearDuplicatesBefore
        return summary
    }

    /// Ingests the sample articles compiled into the binary.
    public func ingestSeeds(report: @escaping (InputProblem) -> Void) throws -> IngestSummary {
        begin(report: report)
        defer { extracting?.abandon() }
        for draft in SeedArticles.drafts() { try add(draft) }
        try finish()
        summary.nearDuplicates = writer.nearDuplicatesLinked - nearDuplicatesBefore
        return summary
    }

    private func begin(report: @escaping (InputProblem) -> Void) {
        self.report = report
        summary = IngestSummary()
        pending.removeAll()
        pendingTextBytes = 0
        extracting = nil
        nearDuplicatesBefore = writer.nearDuplicatesLinked
    }

    private func fail(_ problem: InputProblem) {
        summary.failed += 1
        report(problem)
    }

    private func add(_ draft: ArticleDraft) throws {
        pending.append(draft)
        pendingTextBytes += draft.paragraphBytes
        if pending.count >= batchSize || pendingTextBytes >= batchTextBytes { try flush() }
    }

    /// Finishes extracting the batch before (helping), starts extracting the pending batch on
    /// the other cores, and stores the one before while that runs.
    private func flush() throws {
        guard !pending.isEmpty else { return }
        let extracted = extracting?.articles()
        extracting = BatchExtraction(pending, with: extractor)
        pending = []
        pendingTextBytes = 0
        batchesStarted += 1
        if let extracted { try write(extracted) }
    }

    private func finish() throws {
        try flush()
        if let extracted = extracting?.articles() { try write(extracted) }
        extracting = nil
        try store.mergeFullTextIndexes(afterWriting: summary.ingested + summary.updated)
    }

    private func write(_ batch: [PreparedArticle]) throws {
        do {
            let outcomes = try store.writeBatch { try writer.store(batch) }
            record(outcomes, for: batch)
        } catch {
            writer.discardCaches()
            try Self.rethrowUnlessArticleSpecific(error)
            for article in batch {
                do {
                    let outcomes = try store.writeBatch { try writer.store([article]) }
                    record(outcomes, for: [article])
                } catch {
                    writer.discardCaches()
                    try Self.rethrowUnlessArticleSpecific(error)
                    fail(InputProblem(origin: article.extracted.article.origin, reason: "not stored: \(error.localizedDescription)"))
                }
            }
        }
    }

    /// A damaged file, a lock held too long, a full disk or a read-only file would fail every
    /// article that follows: the run stops with that one error instead of one line per article.
    private static func rethrowUnlessArticleSpecific(_ error: Error) throws {
        if let error = error as? SQLiteError, !error.concernsTheValues { throw error }
    }

    /// Threads that extract while the writer stores: one core is left to the writer. It is what
    /// an ingest waits for, and with as many extracting threads as cores it was preempted a
    /// fifth of the time (measured on 2 cores: 16 s of CPU in a 20 s ingest). When it has
    /// stored its batch, the writer's thread extracts too (`BatchExtraction.articles()`).
    static let extractingThreads = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)

    /// One batch's extraction: normalises, extracts and prepares (hash, signature) each draft,
    /// started at once on `extractingThreads` threads. All pure functions of each draft, so
    /// the articles are independent; the results keep the drafts' order, and the store stays
    /// the one writer. The threads take drafts one at a time from a shared counter, so the
    /// thread that asks for the results (`articles()`) takes the ones still untouched instead
    /// of waiting with its core idle: with one extracting thread on 2 cores, the 4× benchmark
    /// corpus kept the cores busy only 1.76 of every 2 seconds.
    private final class BatchExtraction: @unchecked Sendable {
        private let drafts: [ArticleDraft]
        private let extractor: ArticleExtractor
        /// One slot per draft, each written by the one thread that took its index from `next`.
        private let slots: UnsafeMutableBufferPointer<PreparedArticle?>
        private let next = Atomic<Int>(0)
        /// Signalled when the extracting threads have finished every draft they took.
        private let done = DispatchSemaphore(value: 0)
        private var results: [PreparedArticle]?

        init(_ drafts: [ArticleDraft], with extractor: ArticleExtractor) {
            self.drafts = drafts
            self.extractor = extractor
            slots = .allocate(capacity: drafts.count)
            slots.initialize(repeating: nil)
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                DispatchQueue.concurrentPerform(iterations: min(IngestPipeline.extractingThreads, drafts.count)) { _ in
                    extractUntaken()
                }
                done.signal()
            }
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        /// Extracts drafts until none is left to take. Each index is taken once, so writes to
        /// `slots` never overlap.
        private func extractUntaken() {
            while case let index = next.add(1, ordering: .relaxed).oldValue, index < drafts.count {
                slots[index] = PreparedArticle(extractor.extract(drafts[index].normalized()))
            }
        }

        /// The batch's articles, in the drafts' order: extracts what no thread has taken yet,
        /// then waits for the drafts the other threads are still on.
        func articles() -> [PreparedArticle] {
            if let results { return results }
            extractUntaken()
            done.wait()
            let articles = slots.map { $0! }
            results = articles
            return articles
        }

        /// Waits for the extraction to end, so that no work outlives a run that stopped early.
        func abandon() { _ = articles() }
    }

    private func record(_ outcomes: [StoreOutcome], for batch: [PreparedArticle]) {
        for (outcome, article) in zip(outcomes, batch) {
            summary.count(outcome)
            if case let .duplicate(id) = outcome {
                summary.duplicateOrigins.append(IngestSummary.Duplicate(
                    origin: article.extracted.article.origin, original: (try? writer.firstOrigin(ofArticle: id)) ?? "article \(id)"))
            }
        }
    }
}
