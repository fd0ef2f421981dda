/// The one date parser every reader uses.
///
/// Returns the date with the precision the text gave (a day or an instant), in UTC; nil when
/// the text is not a date it can read. It never guesses a missing day or year. It reads:
///
/// - ISO 8601: `2016-09-12`, `2016-09-12T14:03`, `2016-09-12 14:03:05.25+01:00`, `+0100`, `Z`;
/// - RFC 822 / 1123: `Mon, 12 Sep 2016 14:03:05 GMT`, with or without the weekday and the
///   seconds, two-digit years, named zones (`GMT`, `EST`, `PDT`, …), military letters and `+0100`;
/// - Reuters: `26-FEB-1987 15:01:01.79`;
/// - numeric dates: with slashes month first, as in the US (`08/02/2013 12:00:00`,
///   `8/2/13 3:04 PM`); with dots or dashes day first, as in Europe and India (`12.09.2016`,
///   `02-03-2014 00:56:28`); a first number over 12 is always the day;
/// - month names: `September 12, 2016`, `12 September 2016`, `Sept. 12, 2016 3:04 PM EDT`;
/// - the year last, as C's asctime, Unix `date` and Twitter write it: `Mon Sep 12 14:03:05 +0000 2016`.
///
/// A time without a zone is read as UTC. A day whose time cannot be read exactly (an unknown
/// zone, notes after it) is kept as a day. No `DateFormatter`: readers call this once per record,
/// and a large JSON Lines file has tens of thousands of them.
public enum DateParser {
    public static func parse(_ text: String) -> PublishedDate? {
        var tokens = DateTokens(text)
        guard !tokens.isEmpty else { return nil }
        return read(&tokens, keepingDayOfBadTime: true)
    }

    /// A date on a line of its own near the top (or the foot) of an article, as a last resort
    /// when the input gave none: `Published: September 12, 2016`, `By Jane Doe | 12 Sep 2016`.
    /// Only short lines count, and the date must run to the end of the line.
    public static func findDateLine(in paragraphs: [String]) -> PublishedDate? {
        let candidates = paragraphs.prefix(6) + paragraphs.dropFirst(6).suffix(3)
        for paragraph in candidates where paragraph.utf8.count <= maximumDateLineLength {
            var tokens = DateTokens(paragraph)
            for start in tokens.wordStarts {
                tokens.position = start
                if let date = read(&tokens, keepingDayOfBadTime: false) { return date }
            }
        }
        return nil
    }

    /// The longest line `findDateLine` looks at: a dateline, not a sentence that mentions a date.
    static let maximumDateLineLength = 90

    // MARK: - Grammar

    /// With `keepingDayOfBadTime`, a day followed by a time that cannot be read exactly (an
    /// unknown zone, an impossible hour, trailing notes as in Reuters' `00:02:59.13RM`) gives
    /// the day alone: the day is certain, the instant is not.
    private static func read(_ tokens: inout DateTokens, keepingDayOfBadTime: Bool) -> PublishedDate? {
        skipWeekday(&tokens)
        guard let (year, month, day) = readDay(&tokens) else { return readAsctime(&tokens) }
        guard let date = PublishedDate(year: year, month: month, day: day) else { return nil }
        // `.` ends an abbreviation or a sentence after the year in prose ("12 Sept. 2016.").
        while tokens.skipPunctuation(",") || tokens.skipPunctuation(".") || tokens.skipPunctuation("|")
            || tokens.skipWord("t") || tokens.skipWord("at") || tokens.skipPunctuation("@") {}
        if tokens.atEnd { return date }
        if tokens.skipPunctuation("-"), tokens.atEnd { return date }
        let timeStart = tokens.position
        let instant = readInstant(&tokens, year: year, month: month, day: day)
        if let instant, tokens.atEnd { return instant }
        guard keepingDayOfBadTime, case .number = tokens.tokens[timeStart] else { return nil }
        return date
    }

    /// `Sep 12 14:03:05 2016`, `Mon Sep 12 14:03:05 +0000 2016`: C's asctime, Unix `date`
    /// and Twitter, with the year last.
    private static func readAsctime(_ tokens: inout DateTokens) -> PublishedDate? {
        guard let month = tokens.monthName(), let day = tokens.number(maxDigits: 2),
              let (hour, minute, second) = readTime(&tokens) else { return nil }
        var offset = 0
        if case .number(_, 4) = tokens.current {
            // No zone: the year follows the time.
        } else {
            guard let zone = readZone(&tokens) else { return nil }
            offset = zone
        }
        guard let year = tokens.number(exactDigits: 4), tokens.atEnd else { return nil }
        return PublishedDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second, utcOffset: offset)
    }

    private static func readInstant(_ tokens: inout DateTokens, year: Int, month: Int, day: Int) -> PublishedDate? {
        guard let (hour, minute, second) = readTime(&tokens) else { return nil }
        var offset = 0
        if !tokens.atEnd {
            guard let zone = readZone(&tokens) else { return nil }
            offset = zone
        }
        if tokens.skipPunctuation("(") {
            // A zone name repeated in parentheses, as in `-0800 (PST)`.
            while !tokens.atEnd, !tokens.skipPunctuation(")") { tokens.position += 1 }
        }
        _ = tokens.skipPunctuation(".")
        return PublishedDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second, utcOffset: offset)
    }

    private static func skipWeekday(_ tokens: inout DateTokens) {
        guard case let .word(word) = tokens.current, weekdays.contains(word) else { return }
        tokens.position += 1
        _ = tokens.skipPunctuation(".")
        _ = tokens.skipPunctuation(",")
    }

    private static func readDay(_ tokens: inout DateTokens) -> (Int, Int, Int)? {
        let start = tokens.position
        switch tokens.current {
        case let .number(value, digits) where digits == 4:
            // 2016-09-12, 2016/09/12
            tokens.position += 1
            guard case let .punctuation(separator) = tokens.current, separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") else { break }
            tokens.position += 1
            guard let month = tokens.number(maxDigits: 2), tokens.skipPunctuation(separator),
                  let day = tokens.number(maxDigits: 2) else { break }
            return (value, month, day)
        case let .number(first, digits) where digits <= 2:
            tokens.position += 1
            if case let .punctuation(separator) = tokens.current,
               [UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "-")].contains(separator),
               case .number = tokens.peek(1) {
                // 08/02/2013 is month first (US); 12.09.2016 and 02-03-2014 are day first
                // (Europe, India). A first number over 12 can only be a day.
                tokens.position += 1
                guard let second = tokens.number(maxDigits: 2), tokens.skipPunctuation(separator),
                      let year = tokens.year() else { break }
                let monthFirst = separator == UInt8(ascii: "/") && first <= 12
                return monthFirst ? (year, first, second) : (year, second, first)
            }
            // 26-FEB-1987, 12 September 2016, 12th of Sept. 2016
            _ = tokens.skipPunctuation("-")
            tokens.skipOrdinalSuffix()
            _ = tokens.skipWord("of")
            guard let month = tokens.monthName() else { break }
            _ = tokens.skipPunctuation("-") || tokens.skipPunctuation(",")
            guard let year = tokens.year() else { break }
            return (year, month, first)
        case .word:
            // September 12, 2016; Sept. 12 2016
            guard let month = tokens.monthName(), let day = tokens.number(maxDigits: 2) else { break }
            tokens.skipOrdinalSuffix()
            _ = tokens.skipPunctuation(",")
            guard case let .number(year, 4) = tokens.current else { break }
            tokens.position += 1
            return (year, month, day)
        default:
            break
        }
        tokens.position = start
        return nil
    }

    private static func readTime(_ tokens: inout DateTokens) -> (Int, Int, Int)? {
        guard var hour = tokens.number(maxDigits: 2) else { return nil }
        var minute = 0
        var second = 0
        if tokens.skipPunctuation(":") {
            // Two digits by every standard; one is a slip some feeds make (`12:0:00`).
            guard let value = tokens.number(maxDigits: 2) else { return nil }
            minute = value
            if tokens.skipPunctuation(":") {
                guard let value = tokens.number(maxDigits: 2) else { return nil }
                second = value
                if tokens.skipPunctuation(".") || tokens.skipPunctuation(",") {
                    guard case .number = tokens.current else { return nil }
                    tokens.position += 1
                }
            }
            guard let meridiem = tokens.meridiem() else { return (hour, minute, second) }
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (meridiem == .pm ? 12 : 0)
            return (hour, minute, second)
        }
        // `3 PM`: an hour alone needs its meridiem.
        guard let meridiem = tokens.meridiem(), (1...12).contains(hour) else { return nil }
        hour = hour % 12 + (meridiem == .pm ? 12 : 0)
        return (hour, minute, second)
    }

    /// Seconds east of UTC.
    private static func readZone(_ tokens: inout DateTokens) -> Int? {
        if case let .word(word) = tokens.current {
            tokens.position += 1
            if ["gmt", "ut", "utc", "z"].contains(word), tokens.atEnd || tokens.current == .punctuation(UInt8(ascii: "(")) {
                return 0
            }
            if ["gmt", "ut", "utc"].contains(word), let offset = numericOffset(&tokens) {
                return offset
            }
            if let hours = namedZones[word] { return hours * 3600 }
            if word.utf8.count == 1, let letter = word.utf8.first, let hours = militaryZone(letter) { return hours * 3600 }
            return nil
        }
        return numericOffset(&tokens)
    }

    /// `+0100`, `+01:00`, `+01`, `-05`.
    private static func numericOffset(_ tokens: inout DateTokens) -> Int? {
        let sign: Int
        if tokens.skipPunctuation("+") { sign = 1 } else if tokens.skipPunctuation("-") { sign = -1 } else { return nil }
        guard case let .number(value, digits) = tokens.current else { return nil }
        tokens.position += 1
        switch digits {
        case 4:
            guard value % 100 < 60 else { return nil }
            return sign * (value / 100 * 3600 + value % 100 * 60)
        case 1, 2:
            var minutes = 0
            if tokens.skipPunctuation(":") {
                guard let value = tokens.number(exactDigits: 2), value < 60 else { return nil }
                minutes = value
            }
            return sign * (value * 3600 + minutes * 60)
        default:
            return nil
        }
    }

    /// RFC 822's single-letter zones: A–I and K–M east (+1…+12), N–Y west (−1…−12), Z is UTC.
    private static func militaryZone(_ letter: UInt8) -> Int? {
        switch letter {
        case UInt8(ascii: "a")...UInt8(ascii: "i"): return Int(letter - UInt8(ascii: "a")) + 1
        case UInt8(ascii: "k")...UInt8(ascii: "m"): return Int(letter - UInt8(ascii: "k")) + 10
        case UInt8(ascii: "n")...UInt8(ascii: "y"): return -(Int(letter - UInt8(ascii: "n")) + 1)
        case UInt8(ascii: "z"): return 0
        default: return nil
        }
    }

    /// Hours east of UTC: RFC 822's North American zones and a few that news feeds use.
    private static let namedZones: [String: Int] = [
        "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
        "akst": -9, "akdt": -8, "hst": -10,
        "bst": 1, "cet": 1, "cest": 2, "met": 1, "mest": 2, "eet": 2, "eest": 3, "msk": 3,
        "jst": 9, "kst": 9, "hkt": 8, "sgt": 8, "aest": 10, "aedt": 11,
    ]

    private static let weekdays: Set<String> = [
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
        "fri", "friday", "sat", "saturday", "sun", "sunday",
    ]
}

/// The words, numbers and punctuation of a date, lower-cased, white space dropped.
struct DateTokens {
    enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case punctuation(UInt8)
        case end
    }

    enum Meridiem { case am, pm }

    private(set) var tokens: [Token] = []
    /// The token indexes where a word or number starts after white space or punctuation.
    private(set) var wordStarts: [Int] = []
    var position = 0

    init(_ text: String) {
        var bytes = text.utf8.makeIterator()
        var pending = bytes.next()
        var number = 0
        var digits = 0
        var word: [UInt8] = []
        var previousWasSpace = true
        func flush(into tokens: inout [Token]) {
            if digits > 0 {
                // Long digit runs are not date parts; keep them as a non-date number.
                tokens.append(.number(digits > 9 ? -1 : number, digits: digits))
            } else if !word.isEmpty {
                tokens.append(.word(String(decoding: word, as: UTF8.self)))
            }
            number = 0
            digits = 0
            word.removeAll(keepingCapacity: true)
        }
        while let byte = pending {
            pending = bytes.next()
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if !word.isEmpty { flush(into: &tokens) }
                if digits == 0, word.isEmpty, previousWasSpace { wordStarts.append(tokens.count) }
                number = number &* 10 &+ Int(byte - 48)
                digits += 1
                previousWasSpace = false
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if digits > 0 { flush(into: &tokens) }
                if word.isEmpty, previousWasSpace { wordStarts.append(tokens.count) }
                word.append(byte | 0x20)
                previousWasSpace = false
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0xA0:
                flush(into: &tokens)
                previousWasSpace = true
            default:
                flush(into: &tokens)
                // Any other character (non-ASCII letters included) is punctuation to the grammar.
                tokens.append(.punctuation(byte))
                previousWasSpace = byte < 0x80
            }
        }
        flush(into: &tokens)
    }

    var isEmpty: Bool { tokens.isEmpty }
    var atEnd: Bool { position >= tokens.count }
    var current: Token { position < tokens.count ? tokens[position] : .end }

    func peek(_ offset: Int) -> Token { position + offset < tokens.count ? tokens[position + offset] : .end }

    mutating func skipPunctuation(_ character: UInt8) -> Bool {
        guard current == .punctuation(character) else { return false }
        position += 1
        return true
    }

    mutating func skipPunctuation(_ character: Unicode.Scalar) -> Bool {
        skipPunctuation(UInt8(ascii: character))
    }

    mutating func skipWord(_ word: String) -> Bool {
        guard current == .word(word) else { return false }
        position += 1
        return true
    }

    mutating func number(maxDigits: Int) -> Int? {
        guard case let .number(value, digits) = current, digits <= maxDigits else { return nil }
        position += 1
        return value
    }

    mutating func number(exactDigits: Int) -> Int? {
        guard case let .number(value, digits) = current, digits == exactDigits else { return nil }
        position += 1
        return value
    }

    /// A four-digit year, or a two-digit one read as RFC 2822 does: 00–49 are 2000–2049.
    mutating func year() -> Int? {
        guard case let .number(value, digits) = current, digits == 4 || digits == 2 else { return nil }
        position += 1
        return digits == 4 ? value : value + (value < 50 ? 2000 : 1900)
    }

    /// `Sep`, `Sept.`, `September`, `SEP`.
    mutating func monthName() -> Int? {
        guard case let .word(word) = current, let month = Self.months[word] else { return nil }
        position += 1
        _ = skipPunctuation(".")
        return month
    }

    mutating func skipOrdinalSuffix() {
        if case let .word(word) = current, ["st", "nd", "rd", "th"].contains(word) { position += 1 }
    }

    /// `AM`, `pm`, `a.m.`, `P.M.`
    mutating func meridiem() -> Meridiem? {
        let start = position
        guard case let .word(word) = current else { return nil }
        position += 1
        switch word {
        case "am": _ = skipPunctuation("."); return .am
        case "pm": _ = skipPunctuation("."); return .pm
        case "a", "p":
            if skipPunctuation("."), skipWord("m") {
                _ = skipPunctuation(".")
                return word == "a" ? .am : .pm
            }
        default: break
        }
        position = start
        return nil
    }

    private static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()
}
