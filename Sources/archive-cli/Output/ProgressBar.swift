import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal
/// and redrawn at most ten times a second.
final class ProgressBar {
    private let enabled = StandardStreams.errorIsTerminal
    private var lastDraw = Date.distantPast
    private var drawn = false

    func update(done: Int, total: Int, label: String) {
        guard enabled, total > 0 else { return }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total) \(label)\u{1B}[K".utf8))
        drawn = true
    }

    func finish() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
