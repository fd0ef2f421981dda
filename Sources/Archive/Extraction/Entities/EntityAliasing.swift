/// Within one article, the fullest form of each person's name: "Trump", "Mr. Trump" and
/// "President Trump" are the "Donald Trump" the article names in full.
enum EntityAliasing {
    /// The `name` of each span: for a person, the longest person mention whose words end with
    /// (or, for two words or more, begin with) the span's words, the nearest earlier one when
    /// several are as long; for others, the words as written.
    static func fullestNames(for spans: [NameSpan], in document: ArticleText) -> [String] {
        let words: [[UInt64]] = spans.map { span in
            (span.start..<span.end).map { document.texts[span.text].views[$0].lower }
        }
        // Only names of two words or more can be fuller forms; an article has few of them.
        let fullForms = spans.indices.filter { spans[$0].kind == .person && words[$0].count >= 2 }
        return spans.indices.map { k in
            let span = spans[k]
            guard span.kind == .person else { return document.texts[span.text].string(span.start, span.end) }
            var best = k
            for c in fullForms where c != k && words[c].count >= words[best].count {
                let matches = words[c].ends(with: words[k]) || words[k].count > 1 && words[c].starts(with: words[k])
                guard matches else { continue }
                if words[c].count > words[best].count || best != k && Self.isNearer(c, than: best, to: k) { best = c }
            }
            return document.texts[spans[best].text].string(spans[best].start, spans[best].end)
        }
    }
}

extension EntityAliasing {
    /// Whether mention `a` is nearer than `b` to mention `k`, counting any before `k` nearer
    /// than any after it: a short form refers back to the last full name before it.
    static func isNearer(_ a: Int, than b: Int, to k: Int) -> Bool {
        switch (a < k, b < k) {
        case (true, true): a > b
        case (true, false): true
        case (false, true): false
        case (false, false): a < b
        }
    }
}

extension Array where Element: Equatable {
    func ends(with suffix: [Element]) -> Bool {
        suffix.count <= count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
