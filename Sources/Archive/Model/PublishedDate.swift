/// When an article was published, in UTC, with the precision its input gave.
///
/// A date is never invented: a reader that finds only a day stores a day, not midnight.
/// Kept as seconds since 1970 so that comparison and SQL storage need no calendar;
/// the ISO 8601 text form (`2025-08-19` or `2025-08-19T14:03:00Z`) sorts the same way.
public struct PublishedDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Precision: String, Sendable, CaseIterable {
        case day
        case instant
    }

    /// Seconds since 1970-01-01T00:00:00Z; the start of the day for `.day`.
    public let seconds: Int64
    public let precision: Precision

    public init(utcSeconds: Int64, precision: Precision = .instant) {
        if precision == .day {
            self.seconds = Self.floorDiv(utcSeconds, 86_400) * 86_400
        } else {
            self.seconds = utcSeconds
        }
        self.precision = precision
    }

    /// A calendar day; nil when the fields do not name a real day.
    public init?(year: Int, month: Int, day: Int) {
        guard let days = Self.daysFromCivil(year: year, month: month, day: day) else { return nil }
        self.init(utcSeconds: days * 86_400, precision: .day)
    }

    /// A moment given in local time with its offset from UTC in seconds (east positive).
    public init?(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0, utcOffset: Int = 0) {
        guard let days = Self.daysFromCivil(year: year, month: month, day: day),
              (0...24).contains(hour), (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        let local = days * 86_400 + Int64(hour * 3600 + minute * 60 + min(second, 59))
        self.init(utcSeconds: local - Int64(utcOffset), precision: .instant)
    }

    /// Parses the two forms `iso8601` produces, as stored in the database.
    public init?(iso8601 text: String) {
        let digits = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= digits.count else { return nil }
            var value = 0
            for byte in digits[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        if digits.count == 10 {
            self.init(year: year, month: month, day: day)
        } else if digits.count == 20, let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19) {
            self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        } else {
            return nil
        }
    }

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }

    /// `YYYY-MM-DD` for a day, `YYYY-MM-DDTHH:MM:SSZ` for an instant.
    public var iso8601: String {
        let (y, m, d) = civil
        let date = "\(Self.pad(y, 4))-\(Self.pad(m, 2))-\(Self.pad(d, 2))"
        guard precision == .instant else { return date }
        let secondOfDay = Int(seconds - Self.floorDiv(seconds, 86_400) * 86_400)
        return date + "T\(Self.pad(secondOfDay / 3600, 2)):\(Self.pad(secondOfDay / 60 % 60, 2)):\(Self.pad(secondOfDay % 60, 2))Z"
    }

    /// The day alone, `YYYY-MM-DD`.
    public var dayString: String { String(iso8601.prefix(10)) }

    public var description: String { iso8601 }

    public static func < (lhs: PublishedDate, rhs: PublishedDate) -> Bool {
        (lhs.seconds, lhs.precision == .instant ? 1 : 0) < (rhs.seconds, rhs.precision == .instant ? 1 : 0)
    }

    private var civil: (year: Int, month: Int, day: Int) {
        Self.civilFromDays(Self.floorDiv(seconds, 86_400))
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : (a - b + 1) / b
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    // Howard Hinnant's days-from-civil algorithms: exact for the proleptic Gregorian calendar.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64? {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
              (1...9999).contains(year) else { return nil }
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (Int(yoe + era * 400 + (m <= 2 ? 1 : 0)), Int(m), Int(d))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
