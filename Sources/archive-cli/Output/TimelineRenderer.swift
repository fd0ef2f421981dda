import Archive
import Foundation

/// Prints a timeline: a bar chart for people, the numbers for plotting elsewhere.
struct TimelineRenderer {
    enum Plot: String, CaseIterable {
        /// Bars show the matching stories' share of each period's stories.
        case share
        /// Bars show the number of matching stories.
        case count
    }

    let format: OutputFormat
    var plot: Plot = .share
    /// Block characters need a terminal that shows Unicode; files and pipes get ASCII.
    var ascii = !StandardStreams.outputIsTerminal
    var columns = BarChart.terminalColumns

    /// The narrowest bar worth drawing, whatever the terminal's width.
    static let minimumBarColumns = 10

    func render(_ timeline: Timeline) {
        let out = OutputBuffer()
        switch format {
        case .table:
            for line in chart(timeline) { out.line(line) }
        case .json:
            out.line(JSONValue.array(timeline.periods.map(Self.json)).prettyPrinted)
        case .jsonl:
            for period in timeline.periods { out.line(Self.json(period).serialized) }
        case .csv:
            var csv = CSVWriter(header: ["period", "start", "end", "matching", "articles", "share"])
            for p in timeline.periods {
                csv.row([p.label, p.start.dayString, p.end.dayString, String(p.matching), String(p.articles), String(Self.rounded(p.share))])
            }
            out.line(csv.text, terminated: false)
        }
        out.flush()
        StandardStreams.writeError(Self.footer(timeline))
    }

    /// `2025-08  ███████▍        3 of 12  25.0%`, one line per period.
    func chart(_ timeline: Timeline) -> [String] {
        let periods = timeline.periods
        let labelWidth = periods.map(\.label.count).max() ?? 0
        let counts = periods.map { $0.articles == 0 ? "no articles" : "\($0.matching) of \($0.articles)" }
        let countWidth = counts.map(\.count).max() ?? 0
        let shareWidth = "100.0%".count
        let gaps = 3 * 2
        let chart = BarChart(columns: max(Self.minimumBarColumns, columns - labelWidth - countWidth - shareWidth - gaps), ascii: ascii)
        let largest = periods.map { plot == .share ? $0.share : Double($0.matching) }.max() ?? 0
        return zip(periods, counts).map { period, count in
            let value = plot == .share ? period.share : Double(period.matching)
            let bar = chart.bar(largest > 0 ? value / largest : 0)
            let share = period.articles == 0 ? "" : String(format: "%.1f%%", period.share * 100)
            let line = Self.padRight(period.label, labelWidth) + "  " + bar + "  " + Self.padLeft(count, countWidth)
                + "  " + Self.padLeft(share, shareWidth)
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
    }

    static func footer(_ timeline: Timeline) -> String {
        let periods = timeline.periods.count
        var line: String
        if periods == 0 {
            line = "no dated articles in that range"
        } else {
            let stories = timeline.totalMatching
            line = "\(stories) matching stor\(stories == 1 ? "y" : "ies") over \(periods) \(timeline.granularity.rawValue)\(periods == 1 ? "" : "s")"
        }
        if timeline.undatedMatching > 0 {
            line += "; \(timeline.undatedMatching) undated matching article\(timeline.undatedMatching == 1 ? "" : "s") left out"
        }
        return line
    }

    static func json(_ period: TimelinePeriod) -> JSONValue {
        .object([
            ("period", .string(period.label)),
            ("start", .string(period.start.dayString)),
            ("end", .string(period.end.dayString)),
            ("matching", .int(period.matching)),
            ("articles", .int(period.articles)),
            ("share", .double(rounded(period.share))),
        ])
    }

    /// Shares to four places, so output is the same on every platform.
    static func rounded(_ share: Double) -> Double {
        (share * 10_000).rounded() / 10_000
    }

    static func padRight(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
