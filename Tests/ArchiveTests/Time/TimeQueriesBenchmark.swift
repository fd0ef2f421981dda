import Foundation
import Testing
@testable import Archive

/// How long timeline, topics and related take on an archive of 20,000 generated articles over
/// two years. Opt in: `ARCHIVE_BENCHMARK=1 swift test -c release --filter TimeQueriesBenchmark`
/// (ARCHIVE_BENCHMARK_ARTICLES changes the size). The bounds only catch a query gone
/// quadratic; the figures printed are the measurement.
@Suite("Time queries benchmark", .enabled(if: ProcessInfo.processInfo.environment["ARCHIVE_BENCHMARK"] != nil))
struct TimeQueriesBenchmark {
    static let articles = Int(ProcessInfo.processInfo.environment["ARCHIVE_BENCHMARK_ARTICLES"] ?? "") ?? 20_000
    static let bound: Duration = .seconds(10)

    private static let subjects = ["The minister", "The council", "A spokesman for the union", "Local traders", "The regulator",
                                   "Opposition leaders", "The central bank", "Hospital managers", "Farmers", "The coach"]
    private static let verbs = ["warned about", "welcomed", "questioned", "defended", "called for a review of",
                                "criticised", "praised", "raised concerns over", "announced", "rejected"]
    /// One subject per month, so that every month has something of its own to be about.
    private static let topics = ["the harbour bridge", "steel tariffs", "the water shortage", "the rail strike", "interest rates",
                                 "the new stadium", "school meals", "the flood defences", "wind farms", "the cup final",
                                 "bus fares", "the heat wave", "the housing plan", "fishing quotas", "the airport expansion",
                                 "drug prices", "the census", "border checks", "the budget deficit", "teacher pay",
                                 "the ferry service", "broadband coverage", "the election date", "the zoo closure"]
    private static let fillers = ["on Tuesday", "in a statement", "after a long meeting", "despite the weather",
                                  "for the second time", "ahead of the summer", "to the surprise of many", "late last night"]

    private static func draft(_ index: Int) -> ArticleDraft {
        let month = index % topics.count
        let date = PublishedDate(year: 2023 + month / 12, month: month % 12 + 1, day: index % 28 + 1)
        var random = SplitMix(seed: UInt64(index))
        let paragraphs = (0..<5).map { _ in
            (0..<3).map { _ in
                let topic = random.next(4) == 0 ? topics[random.next(topics.count)] : topics[month]
                return "\(subjects[random.next(subjects.count)]) \(verbs[random.next(verbs.count)]) \(topic) \(fillers[random.next(fillers.count)]), item \(index)."
            }.joined(separator: " ")
        }
        return ArticleDraft(origin: "bench-\(index).txt", title: "Report \(index) on \(topics[month])", published: date, paragraphs: paragraphs)
    }

    /// A small deterministic generator, so that every run measures the same archive.
    private struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    private func measure(_ name: String, _ body: () throws -> Void) rethrows {
        let clock = ContinuousClock()
        let elapsed = try clock.measure(body)
        print("\(name): \(elapsed)")
        #expect(elapsed < Self.bound, "\(name)")
    }

    @Test func timeQueriesOnTwentyThousandArticles() throws {
        let archive = try makeStore()
        let drafts = (0..<Self.articles).map(Self.draft)
        for start in stride(from: 0, to: drafts.count, by: 1_000) {
            try store(Array(drafts[start..<min(start + 1_000, drafts.count)]), in: archive)
        }
        try measure("timeline by week") {
            _ = try archive.timeline(TimelineRequest(query: .query(try SearchQuery.parse("steel tariffs")), granularity: .week))
        }
        try measure("topics of a month") {
            let topics = try archive.topics(TopicsRequest(dates: try DateRange.parse(since: nil, until: nil, on: "2023-03")))
            #expect(topics.topics.first?.phrase == "water shortage")
        }
        try measure("topics of the archive") { _ = try archive.topics(TopicsRequest()) }
        try measure("related") { _ = try archive.related(RelatedRequest(articleID: 1)) }
        try measure("export") {
            var count = 0
            _ = try archive.exportArticles(ExportRequest()) { _ in count += 1 }
            #expect(count == Self.articles)
        }
    }
}
