/// Article-level decisions the tagger, reading one sentence at a time, cannot make: a name is
/// one kind throughout the article, a person's surname alone is that person, and a name tagged
/// once is a name wherever it recurs.
enum DocumentConsistency {
    static func apply(to spans: [NameSpan], in document: ArticleText) -> [NameSpan] {
        var spans = voteKinds(spans, in: document)
        spans = surnamesArePeople(spans, in: document)
        spans += recoverRepeats(of: spans, in: document)
        spans += recoverCountries(besides: spans, in: document)
        spans += recoverSpeakers(besides: spans, in: document)
        spans.sort { ($0.text, $0.start) < ($1.text, $1.start) }
        return spans
    }

    /// Gives every mention of the same words the kind most of them have; a tie keeps each its own.
    static func voteKinds(_ spans: [NameSpan], in document: ArticleText) -> [NameSpan] {
        let kinds = EntityKind.allCases
        var votes = IntegerKeyMap<[Int]>(capacity: spans.count)
        for span in spans {
            votes[document.texts[span.text].key(span.start, span.end), default: [0, 0, 0]][kinds.firstIndex(of: span.kind)!] += 1
        }
        return spans.map { span in
            var span = span
            let counts = votes[document.texts[span.text].key(span.start, span.end)] ?? [0, 0, 0]
            let top = counts.max() ?? 0
            let leaders = counts.indices.filter { counts[$0] == top }
            // Every span has a vote, so a kind without votes never leads.
            if leaders.count == 1 { span.kind = kinds[leaders[0]] }
            return span
        }
    }

    /// Makes a one-word name that is the last word of a person named in full in the article
    /// that person ("John Houston" ... "Houston said").
    static func surnamesArePeople(_ spans: [NameSpan], in document: ArticleText) -> [NameSpan] {
        var surnames = IntegerKeySet()
        for span in spans where span.kind == .person && span.end - span.start >= 2 {
            // A country is no surname: "Lebed Chechnya" is a tagger's run-on, not a person.
            let last = document.texts[span.text].views[span.end - 1]
            if last.gazetteer & Gazetteer.Category.country.rawValue == 0 { surnames.insert(last.lower) }
        }
        return spans.map { span in
            var span = span
            if span.kind != .person, span.end - span.start == 1, surnames.contains(document.texts[span.text].views[span.start].lower) {
                span.kind = .person
            }
            return span
        }
    }

    /// Countries the tagger left untagged, as it may where 1996 wire copy never wrote them
    /// ("U.K." opening a sentence).
    static func recoverCountries(besides spans: [NameSpan], in document: ArticleText) -> [NameSpan] {
        let covered = coveredTokens(spans)
        let country = Gazetteer.Category.country.rawValue
        var found: [NameSpan] = []
        for (t, text) in document.texts.enumerated() {
            var i = 0
            while i < text.views.count {
                let view = text.views[i]
                guard view.gazetteer & country != 0, view.gazetteer & Gazetteer.continuation == 0,
                      view.flags.contains(.initialUpper), !covered.contains(UInt64(t << 32 | i)) else { i += 1; continue }
                var end = i + 1
                while end < text.views.count, text.views[end].gazetteer & (country | Gazetteer.continuation) == country | Gazetteer.continuation {
                    end += 1
                }
                if (i..<end).allSatisfy({ !covered.contains(UInt64(t << 32 | $0)) }) {
                    found.append(NameSpan(text: t, start: i, end: end, kind: .place))
                }
                i = end
            }
        }
        return found
    }

    /// People the tagger missed where news names them by what they said: one to three
    /// capitalised words, none a common word, just before "said", "told" and the like
    /// ("“We’re willing to help,” Zelenskyy told reporters").
    static func recoverSpeakers(besides spans: [NameSpan], in document: ArticleText) -> [NameSpan] {
        let covered = coveredTokens(spans)
        var found: [NameSpan] = []
        for (t, text) in document.texts.enumerated() {
            for verb in text.views.indices where verb > 0 && speechVerbKeys.contains(text.views[verb].lower) {
                var start = verb
                while start > 0, verb - start < 3, !covered.contains(UInt64(t << 32 | (start - 1))) {
                    let flags = text.views[start - 1].flags
                    guard flags.contains(.initialUpper), flags.contains(.hasLetter), !flags.contains(.commonWord),
                          !flags.contains(.allUpper), !flags.contains(.lowerSeen) else { break }
                    start -= 1
                }
                if start < verb { found.append(NameSpan(text: t, start: start, end: verb, kind: .person)) }
            }
        }
        return found
    }

    static let speechVerbKeys = RoleDetector.keys([
        "said", "says", "told", "added", "asked", "explained", "wrote", "tweeted", "argued", "warned", "insisted",
        "stressed", "noted", "replied", "recalled", "acknowledged",
    ])

    /// Mentions the tagger missed: capitalised repeats of a name it tagged elsewhere in the
    /// article, and the surname alone of a person it tagged in full.
    static func recoverRepeats(of spans: [NameSpan], in document: ArticleText) -> [NameSpan] {
        var known = IntegerKeyMap<EntityKind>(capacity: spans.count * 2)
        var longest = 1
        for span in spans {
            let text = document.texts[span.text]
            known.set(span.kind, for: text.key(span.start, span.end))
            longest = max(longest, span.end - span.start)
            if span.kind == .person && span.end - span.start >= 2 {
                let last = text.key(span.end - 1, span.end)
                if !known.contains(last) { known.set(.person, for: last) }
            }
        }
        let covered = coveredTokens(spans)
        var found: [NameSpan] = []
        for (t, text) in document.texts.enumerated() {
            var i = 0
            while i < text.tokens.count {
                guard !covered.contains(UInt64(t << 32 | i)), text.views[i].flags.contains(.initialUpper) else { i += 1; continue }
                var match: NameSpan?
                var length = min(longest, text.tokens.count - i)
                while length >= 1 && match == nil {
                    let end = i + length
                    let free = (i..<end).allSatisfy { !covered.contains(UInt64(t << 32 | $0)) }
                    if free, text.views[end - 1].flags.contains(.initialUpper), let kind = known[text.key(i, end)],
                       !(length == 1 && text.views[i].flags.contains(.lowerSeen)) {
                        match = NameSpan(text: t, start: i, end: end, kind: kind)
                    }
                    length -= 1
                }
                if let match {
                    found.append(match)
                    i = match.end
                } else {
                    i += 1
                }
            }
        }
        return found
    }

    /// The tokens inside `spans`, each as `text << 32 | token`.
    static func coveredTokens(_ spans: [NameSpan]) -> CoveredTokens {
        var covered = CoveredTokens(capacity: spans.count * 2)
        for span in spans { for k in span.start..<span.end { covered.insert(UInt64(span.text << 32 | k)) } }
        return covered
    }

    /// Tokens as `text << 32 | token`.
    typealias CoveredTokens = IntegerKeySet
}
