/// How long one period of a timeline is.
public enum TimelineGranularity: String, Sendable, CaseIterable {
    case day, week, month, year

    /// The first day of the period holding `date`; weeks start on Monday (ISO 8601).
    public func start(of date: PublishedDate) -> PublishedDate {
        switch self {
        case .day:
            return PublishedDate(utcSeconds: date.seconds, precision: .day)
        case .week:
            let days = Self.floorDiv(date.seconds, 86_400)
            // 1970-01-01 was a Thursday, three days after a Monday.
            let sinceMonday = ((days + 3) % 7 + 7) % 7
            return PublishedDate(utcSeconds: (days - sinceMonday) * 86_400, precision: .day)
        case .month:
            return PublishedDate(year: date.year, month: date.month, day: 1) ?? date
        case .year:
            return PublishedDate(year: date.year, month: 1, day: 1) ?? date
        }
    }

    /// The first day of the period after the one starting on `start`.
    public func next(after start: PublishedDate) -> PublishedDate {
        switch self {
        case .day: return start.shifted(by: 1, unit: "d")
        case .week: return start.shifted(by: 1, unit: "w")
        case .month: return start.shifted(by: 1, unit: "m")
        case .year: return start.shifted(by: 1, unit: "y")
        }
    }

    /// `2025-08-18` for a day or the week starting that Monday, `2025-08` for a month, `2025` for a year.
    public func label(of start: PublishedDate) -> String {
        switch self {
        case .day, .week: return start.dayString
        case .month: return String(start.dayString.prefix(7))
        case .year: return String(start.dayString.prefix(4))
        }
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : (a - b + 1) / b
    }
}

/// `archive timeline`: what to count in each period.
public struct TimelineRequest: Sendable {
    /// Articles matching this (the search query language); nil to count only by `person`.
    public var query: SearchRequest.Text?
    /// Only articles that mention this entity (any of its names).
    public var person: String?
    public var source: String?
    public var dates: DateRange
    public var granularity: TimelineGranularity

    public init(query: SearchRequest.Text?, person: String? = nil, source: String? = nil,
                dates: DateRange = DateRange(), granularity: TimelineGranularity = .month) {
        self.query = query
        self.person = person
        self.source = source
        self.dates = dates
        self.granularity = granularity
    }
}

public struct TimelinePeriod: Sendable, Equatable {
    public var start: PublishedDate
    /// The last day of the period.
    public var end: PublishedDate
    public var label: String
    /// Stories (an article and its near-duplicates count once) that match.
    public var matching: Int
    /// Stories published in the period, matching or not.
    public var articles: Int

    /// The matching stories' share of the period's stories; 0 for a period with none.
    public var share: Double { articles == 0 ? 0 : Double(matching) / Double(articles) }
}

public struct Timeline: Sendable, Equatable {
    public var granularity: TimelineGranularity
    /// Every period from the first to the last, empty ones included.
    public var periods: [TimelinePeriod]
    /// Matching articles that have no date, and so no place on the timeline.
    public var undatedMatching: Int

    public var totalMatching: Int { periods.reduce(0) { $0 + $1.matching } }
}
