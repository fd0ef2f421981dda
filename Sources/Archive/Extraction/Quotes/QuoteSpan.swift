/// A stretch of a paragraph between quotation marks.
struct QuoteSpan: Equatable {
    /// Offset of the opening mark.
    var open: Int
    /// The quoted words: after the opening mark, up to the closing mark (or the paragraph's end).
    var contentStart: Int
    var contentEnd: Int
    /// Offset just past the closing mark (the paragraph's end when the quote is left open).
    var after: Int
    /// False when the paragraph ends with the quote still open: it may go on in the next paragraph.
    var isClosed: Bool
    /// Single marks (‘…’): in American news these are scare quotes or quotes within headlines.
    var isSingle: Bool

    /// The quotation-mark spans of a paragraph, in order.
    ///
    /// Curly marks say which way they face; a straight `"` opens when a word follows it and closes
    /// otherwise; two apostrophes (`''`) are a double mark. An apostrophe between letters (`can’t`,
    /// `There’ll`) is never a mark, and single marks inside double ones are left alone.
    static func find(in scalars: [Unicode.Scalar]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var double: (open: Int, contentStart: Int)?
        var single: (open: Int, contentStart: Int)?
        let count = scalars.count
        func isLetter(_ index: Int) -> Bool {
            index >= 0 && index < count && ScalarText.isLetterOrDigit(scalars[index])
        }
        func isSpace(_ index: Int) -> Bool {
            index < 0 || index >= count || scalars[index].isNewsSpace
        }
        func closeDouble(at index: Int, width: Int) {
            guard let opened = double else { return }
            spans.append(QuoteSpan(open: opened.open, contentStart: opened.contentStart, contentEnd: index,
                                   after: index + width, isClosed: true, isSingle: false))
            double = nil
            single = nil
        }
        var index = 0
        while index < count {
            let scalar = scalars[index]
            let isDoubledApostrophe = (scalar == "'" || scalar == "`") && index + 1 < count && scalars[index + 1] == scalar
            if scalar == "\u{201C}" || scalar == "\u{201E}" || scalar == "\u{00AB}" {
                double = (index, index + 1)
                single = nil
            } else if scalar == "\u{201D}" || scalar == "\u{00BB}" {
                if double == nil, single == nil, isSpace(index - 1), isLetter(index + 1) {
                    // A closing mark typed where an opening one belongs, at the start of a quote.
                    double = (index, index + 1)
                } else {
                    closeDouble(at: index, width: 1)
                }
            } else if scalar == "\"" || isDoubledApostrophe {
                let width = isDoubledApostrophe ? 2 : 1
                if double != nil, !isSpace(index - 1) || isSpace(index + width) {
                    closeDouble(at: index, width: width)
                } else if !isSpace(index + width) {
                    double = (index, index + width)
                    single = nil
                }
                index += width
                continue
            } else if double == nil, scalar == "\u{2018}" || scalar == "'" {
                if let opened = single, scalar == "'", !isSpace(index - 1), !isLetter(index + 1) {
                    spans.append(QuoteSpan(open: opened.open, contentStart: opened.contentStart, contentEnd: index,
                                           after: index + 1, isClosed: true, isSingle: true))
                    single = nil
                } else if !isLetter(index - 1), isLetter(index + 1) {
                    single = (index, index + 1)
                }
            } else if double == nil, scalar == "\u{2019}", let opened = single, !isLetter(index + 1), !isSpace(index - 1) {
                spans.append(QuoteSpan(open: opened.open, contentStart: opened.contentStart, contentEnd: index,
                                       after: index + 1, isClosed: true, isSingle: true))
                single = nil
            }
            index += 1
        }
        if let opened = double {
            var end = count
            while end > opened.contentStart, scalars[end - 1].isNewsSpace { end -= 1 }
            if end > opened.contentStart {
                spans.append(QuoteSpan(open: opened.open, contentStart: opened.contentStart, contentEnd: end,
                                       after: count, isClosed: false, isSingle: false))
            }
        }
        return spans
    }
}
