import Archive
import Foundation

/// Terminal styling: ANSI colour when standard output is a terminal (and NO_COLOR is unset),
/// plain text with `[` `]` around highlights otherwise.
struct TextStyle {
    let colour: Bool

    static var forStandardOutput: TextStyle {
        TextStyle(colour: StandardStreams.outputIsTerminal && getenv("NO_COLOR") == nil)
    }

    func bold(_ text: String) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    func dim(_ text: String) -> String { colour ? "\u{1B}[2m\(text)\u{1B}[0m" : text }

    /// Replaces `Highlight` markers with colour or brackets.
    func highlight(_ snippet: String) -> String {
        colour
            ? Highlight.render(snippet, open: "\u{1B}[1;33m", close: "\u{1B}[0m")
            : Highlight.render(snippet, open: "[", close: "]")
    }
}
