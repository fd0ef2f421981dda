/// Within one article, the fullest form of each person's name: "Trump", "Mr. Trump" and
/// "President Trump" are the "Donald Trump" the article names in full.
enum EntityAliasing {
    /// The `name` of each span: for a person, the longest person mention whose words end with
    /// (or begin with) the span's words, the nearest earlier one when several are as long;
    /// for others, the words as written.
    static func fullestNames(for spans: [NameSpan], in document: ArticleText) -> [String] {
        let words: [[UInt64]] = spans.map { span in
            (span.start..<span.end).map { document.texts[span.text].views[$0].lower }
        }
        return spans.indices.map { k in
            let span = spans[k]
            let text = document.texts[span.text]
            guard span.kind == .person else { return text.string(span.start, span.end) }
            var best = k
            for c in spans.indices where spans[c].kind == .person && words[c].count > words[best].count {
                if words[c].ends(with: words[k]) || words[c].starts(with: words[k]) && words[k].count > 1 {
                    best = c
                }
            }
            // Among equally full forms prefer the nearest one before this mention.
            let length = words[best].count
            if best != k, let earlier = spans.indices.last(where: {
                $0 <= k && spans[$0].kind == .person && words[$0].count == length && words[$0].ends(with: words[k])
            }) {
                best = earlier
            }
            return document.texts[spans[best].text].string(spans[best].start, spans[best].end)
        }
    }
}

extension Array where Element: Equatable {
    func ends(with suffix: [Element]) -> Bool {
        suffix.count <= count && Array(self[(count - suffix.count)...]) == suffix
    }
}
