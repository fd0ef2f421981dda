import Foundation

/// Draws horizontal bars in a fixed number of columns: Unicode block elements, eighths of a
/// column for the ends, or `#` when plain ASCII is wanted.
struct BarChart {
    let columns: Int
    let ascii: Bool

    private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar `fraction` (0...1) of the chart's columns long, padded with spaces to the full width.
    func bar(_ fraction: Double) -> String {
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        var bar: String
        if ascii {
            let filled = Int((clamped * Double(columns)).rounded())
            bar = String(repeating: "#", count: filled)
        } else {
            let eighthsFilled = Int((clamped * Double(columns) * 8).rounded())
            bar = String(repeating: "█", count: eighthsFilled / 8)
            if eighthsFilled % 8 > 0 { bar.append(Self.eighths[eighthsFilled % 8 - 1]) }
        }
        return bar + String(repeating: " ", count: max(0, columns - bar.count))
    }

    /// Columns of the terminal standard output goes to: $COLUMNS, else the terminal's own
    /// size, else 80.
    static var terminalColumns: Int {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
