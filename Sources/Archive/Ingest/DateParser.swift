import Foundation

/// The one date parser every reader uses.
///
/// Returns the date with the precision the text gave (a day or an instant), in UTC; nil when
/// the text is not a date it can read. It never guesses a missing day or year.
public enum DateParser {
    public static func parse(_ text: String) -> PublishedDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return iso8601(trimmed)
    }

    /// `2016-09-12`, `2016-09-12T14:03`, `2016-09-12 14:03:05`, with optional fractions and
    /// `Z`, `+01:00`, `+0100` or `+01`.
    static func iso8601(_ text: String) -> PublishedDate? {
        var scanner = DigitScanner(text)
        guard let year = scanner.number(length: 4), scanner.skip("-"),
              let month = scanner.number(length: 2), scanner.skip("-"),
              let day = scanner.number(length: 2) else { return nil }
        if scanner.atEnd { return PublishedDate(year: year, month: month, day: day) }
        guard scanner.skip("T") || scanner.skip(" "), let hour = scanner.number(length: 2), scanner.skip(":"),
              let minute = scanner.number(length: 2) else { return nil }
        var second = 0
        if scanner.skip(":") {
            guard let value = scanner.number(length: 2) else { return nil }
            second = value
            if scanner.skip(".") || scanner.skip(",") { scanner.skipDigits() }
        }
        var offset = 0
        if scanner.skip("Z") || scanner.skip("z") || scanner.atEnd {
            offset = 0
        } else if let sign = scanner.sign() {
            guard let hours = scanner.number(length: 2) else { return nil }
            _ = scanner.skip(":")
            let minutes = scanner.number(length: 2) ?? 0
            offset = sign * (hours * 3600 + minutes * 60)
        } else {
            return nil
        }
        guard scanner.atEnd else { return nil }
        return PublishedDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second, utcOffset: offset)
    }
}

/// Reads fixed-width numbers and literal characters from the front of a string.
struct DigitScanner {
    private let bytes: [UInt8]
    private(set) var position = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var atEnd: Bool { position == bytes.count }

    mutating func number(length: Int) -> Int? {
        guard position + length <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[position..<(position + length)] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        position += length
        return value
    }

    mutating func skip(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue, position < bytes.count, bytes[position] == ascii else { return false }
        position += 1
        return true
    }

    mutating func skipDigits() {
        while position < bytes.count, (48...57).contains(bytes[position]) { position += 1 }
    }

    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }
}
