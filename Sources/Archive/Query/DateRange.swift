import Foundation

/// An inclusive range of days in UTC, from `--since`, `--until` or `--on`.
///
/// Each bound accepts `2025-08-18`, `2025-08` (the whole month), `2025` (the whole year) or a
/// span back from today: `7d`, `4w`, `3m`, `1y`. Undated articles fall outside every range.
public struct DateRange: Equatable, Sendable {
    /// First day included, `YYYY-MM-DD`.
    public var since: PublishedDate?
    /// Last day included.
    public var until: PublishedDate?

    public init(since: PublishedDate? = nil, until: PublishedDate? = nil) {
        self.since = since
        self.until = until
    }

    public var isUnbounded: Bool { since == nil && until == nil }

    /// Builds a range from the command-line forms; `today` is injectable for tests.
    public static func parse(since: String?, until: String?, on: String? = nil, today: PublishedDate = .today) throws -> DateRange {
        if let on {
            let span = try period(on, today: today, option: "--on")
            return DateRange(since: span.first, until: span.last)
        }
        return DateRange(
            since: try since.map { try period($0, today: today, option: "--since").first },
            until: try until.map { try period($0, today: today, option: "--until").last }
        )
    }

    /// SQL bounds for `published` text: `published >= lower AND published < upper`. ISO text
    /// sorts by time, and a day `2025-08-18` sorts before every instant on that day.
    var sqlLowerBound: String? { since?.dayString }
    var sqlUpperBound: String? {
        until.map { PublishedDate(utcSeconds: $0.seconds + 86_400, precision: .day).dayString }
    }

    /// The first and last day of the period `text` names.
    static func period(_ text: String, today: PublishedDate, option: String) throws -> (first: PublishedDate, last: PublishedDate) {
        let value = text.trimmingCharacters(in: .whitespaces)
        let parts = value.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        if let unit = value.last, "dwmy".contains(unit), let count = Int(value.dropLast()), count >= 0 {
            let first = today.shifted(by: -count, unit: unit)
            return (first, today)
        }
        if parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
           value.count == 10, let date = PublishedDate(year: year, month: month, day: day) {
            return (date, date)
        }
        if parts.count == 2, let year = parts[0], let month = parts[1], value.count == 7,
           let first = PublishedDate(year: year, month: month, day: 1),
           let last = PublishedDate(year: year, month: month, day: PublishedDate.daysIn(month: month, year: year)) {
            return (first, last)
        }
        if parts.count == 1, let year = parts[0], value.count == 4,
           let first = PublishedDate(year: year, month: 1, day: 1), let last = PublishedDate(year: year, month: 12, day: 31) {
            return (first, last)
        }
        throw ArchiveError.invalidQuery("\(option) '\(text)' is not a date: use 2025-08-18, 2025-08, 2025, or 7d, 4w, 3m, 1y")
    }
}

extension PublishedDate {
    /// Today in UTC, as a day.
    public static var today: PublishedDate {
        PublishedDate(utcSeconds: Int64(Date().timeIntervalSince1970), precision: .day)
    }

    /// This day moved by `count` days, weeks, months or years (months and years clamp the day).
    func shifted(by count: Int, unit: Character) -> PublishedDate {
        switch unit {
        case "d": return PublishedDate(utcSeconds: seconds + Int64(count) * 86_400, precision: .day)
        case "w": return PublishedDate(utcSeconds: seconds + Int64(count) * 7 * 86_400, precision: .day)
        default:
            let months = unit == "y" ? count * 12 : count
            let total = year * 12 + (month - 1) + months
            let newYear = total >= 0 ? total / 12 : (total - 11) / 12
            let newMonth = total - newYear * 12 + 1
            let newDay = Swift.min(day, PublishedDate.daysIn(month: newMonth, year: newYear))
            return PublishedDate(year: newYear, month: newMonth, day: newDay) ?? self
        }
    }
}
