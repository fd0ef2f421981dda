/// Finds the quotations of an article paragraph by paragraph, in text order, with the words that
/// name their speakers. Naming the speakers is `SpeakerResolver`'s work.
struct QuoteScanner {
    private let paragraphs: [ScalarText]
    private let splitter = SentenceSplitter()

    init(paragraphs: [ScalarText]) {
        self.paragraphs = paragraphs
    }

    func scan() -> [QuoteDraft] {
        var drafts: [QuoteDraft] = []
        var continuing: QuoteDraft?
        var introduction: Introduction?
        for index in paragraphs.indices {
            scan(paragraph: index, into: &drafts, continuing: &continuing, introduction: &introduction)
        }
        if let continuing { drafts.append(continuing) }
        return drafts
    }

    /// A paragraph that ends by introducing a quote (`Trump said in a statement:`) names the speaker of the next one.
    private struct Introduction {
        var speaker: TextPlace
        var cue: String?
    }

    private func scan(paragraph: Int, into drafts: inout [QuoteDraft], continuing: inout QuoteDraft?, introduction: inout Introduction?) {
        let introducedBy = introduction
        introduction = nil
        let text = paragraphs[paragraph]
        let parser = AttributionParser(text)
        let spans = Self.transcriptTurn(text) ?? QuoteSpan.find(in: text.scalars)
        let sentences = splitter.sentences(in: text.scalars)
        var consumed: [Range<Int>] = []
        var found: [QuoteDraft] = []
        var remaining = spans[...]

        if var open = continuing {
            continuing = nil
            // A transcript's next speaker (`"PENCE: …`) starts a quotation of their own.
            if let first = spans.first, !first.isSingle, first.open == Self.skipSpace(text.scalars, from: 0),
               Self.transcriptLabel(text, at: first.contentStart) == nil {
                remaining = remaining.dropFirst()
                open.pieces.append(TextPlace(paragraph: paragraph, range: Self.trimmed(text.scalars, first.contentStart..<first.contentEnd)))
                consumed.append(first.open..<first.after)
                if first.isClosed {
                    if open.speaker == nil, let trailing = parser.trailingAttribution(after: first.after) {
                        open.speaker = place(trailing.attribution.speaker, in: text, paragraph: paragraph)
                        open.cue = cue(trailing.attribution, in: text)
                        open.inheritsSpeaker = open.speaker == nil && open.cue == nil
                        consumed.append(first.after..<trailing.end)
                    }
                    found.append(open)
                } else {
                    continuing = open
                }
            } else {
                drafts.append(open)
            }
        }

        var lastUnitEnd = consumed.last?.upperBound
        // Quoted words inside a sentence, left for the sentence reading or for a naming verb (`what he called “a disaster”`).
        var fragments: [(span: QuoteSpan, sentence: Range<Int>, piece: TextPlace)] = []
        var trailingSpeech: [QuoteDraft] = []
        for span in remaining {
            var sentence = sentences.first { $0.contains(span.open) } ?? 0..<text.scalars.count
            if let end = lastUnitEnd, end > sentence.lowerBound, end <= span.open {
                sentence = Self.skipSpace(text.scalars, from: end)..<sentence.upperBound
            }
            let label = Self.isBlank(text.scalars, sentence.lowerBound..<span.open) ? Self.transcriptLabel(text, at: span.contentStart) : nil
            let content = Self.trimmed(text.scalars, (label?.after ?? span.contentStart)..<span.contentEnd)
            guard !content.isEmpty else { continue }
            let piece = TextPlace(paragraph: paragraph, range: content)
            var draft: QuoteDraft
            var unitEnd = span.after
            if Self.isBlank(text.scalars, sentence.lowerBound..<span.open) {
                let trailing = parser.trailingAttribution(after: span.after)
                guard trailing != nil || label != nil || Self.isFullSentence(text.scalars, span) else { continue }
                draft = QuoteDraft(pieces: [piece], kind: .direct)
                if let trailing {
                    draft.speaker = place(trailing.attribution.speaker, in: text, paragraph: paragraph)
                    draft.cue = cue(trailing.attribution, in: text)
                    unitEnd = trailing.end
                    // `“…,” said Beck, who said there were …` and `“…,” Trump said, adding that …` report more speech.
                    if let speaker = trailing.attribution.speaker {
                        let rest = speaker.lowerBound..<text.tokenEnd(atOrBefore: trailing.end)
                        for speech in parser.reportedSpeech(in: rest) where speech.content.allSatisfy({ $0.lowerBound >= speaker.upperBound }) {
                            trailingSpeech.append(reportedDraft(for: speech, in: text, paragraph: paragraph, spans: spans))
                        }
                    }
                }
                if draft.speaker == nil, let label {
                    draft.speaker = TextPlace(paragraph: paragraph, range: label.name)
                }
                if draft.speaker == nil, let introducedBy, span.open == Self.skipSpace(text.scalars, from: 0) {
                    draft.speaker = introducedBy.speaker
                    draft.cue = introducedBy.cue
                }
                draft.inheritsSpeaker = draft.speaker == nil
                if span.isSingle, draft.speaker == nil { continue }
                if let end = lastUnitEnd, trailing == nil || found.last?.speaker == nil, Self.isBlank(text.scalars, end..<span.open, allowing: ","),
                   var previous = found.popLast() {
                    previous.pieces.append(piece)
                    if previous.speaker == nil, let speaker = draft.speaker {
                        previous.speaker = speaker
                        previous.cue = draft.cue
                        previous.inheritsSpeaker = false
                    }
                    draft = previous
                }
            } else if let lead = parser.leadingAttribution(sentenceStart: sentence.lowerBound, open: span.open),
                      Self.startsUppercase(text.scalars, content) || Self.endsWithIntroducingMark(text, before: span.open) {
                if span.isSingle, lead.speaker == nil { continue }
                draft = QuoteDraft(pieces: [piece], kind: .direct, speaker: place(lead.speaker, in: text, paragraph: paragraph), cue: cue(lead, in: text))
                // `McCaskill scolded him: “…,” she said.`: a lead without a speaker leaves the naming to the words after the quote.
                if draft.speaker == nil, let trailing = parser.trailingAttribution(after: span.after), trailing.attribution.speaker != nil {
                    draft.speaker = place(trailing.attribution.speaker, in: text, paragraph: paragraph)
                    draft.cue = cue(trailing.attribution, in: text)
                    unitEnd = trailing.end
                }
                draft.inheritsSpeaker = draft.speaker == nil
                consumed.append(sentence.lowerBound..<span.open)
            } else {
                if !span.isSingle || !Self.startsUppercase(text.scalars, content) { fragments.append((span, sentence, piece)) }
                continue
            }
            consumed.append(span.open..<unitEnd)
            lastUnitEnd = unitEnd
            if span.isClosed {
                found.append(draft)
            } else {
                continuing = draft
            }
        }

        for sentence in sentences where !consumed.contains(where: { $0.overlaps(sentence) }) {
            let tokens = text.firstToken(atOrAfter: sentence.lowerBound)..<text.tokenEnd(atOrBefore: sentence.upperBound)
            for speech in parser.reportedSpeech(in: tokens) {
                found.append(reportedDraft(for: speech, in: text, paragraph: paragraph, spans: spans))
            }
        }
        found.append(contentsOf: trailingSpeech)
        for fragment in fragments where !found.contains(where: { $0.pieces.contains { $0.range.contains(fragment.span.open) } }) {
            guard let naming = parser.namingAttribution(sentenceStart: fragment.sentence.lowerBound, open: fragment.span.open) else { continue }
            found.append(QuoteDraft(pieces: [fragment.piece], kind: .mixed, speaker: place(naming.speaker, in: text, paragraph: paragraph),
                                    cue: cue(naming, in: text)))
        }
        if let last = text.scalars.lastIndex(where: { !$0.isNewsSpace }), text.scalars[last] == ":",
           let sentence = sentences.last,
           let lead = parser.leadingAttribution(sentenceStart: sentence.lowerBound, open: text.scalars.count),
           let speaker = place(lead.speaker, in: text, paragraph: paragraph) {
            introduction = Introduction(speaker: speaker, cue: cue(lead, in: text))
        }
        found.sort { $0.first.range.lowerBound < $1.first.range.lowerBound }
        drafts.append(contentsOf: found)
    }

    private func reportedDraft(for speech: ReportedSpeech, in text: ScalarText, paragraph: Int, spans: [QuoteSpan]) -> QuoteDraft {
        let pieces = speech.content.map { range in
            TextPlace(paragraph: paragraph, range: Self.trimmed(text.scalars, text.tokens[range.lowerBound].start..<text.tokens[range.upperBound - 1].end))
        }
        let quoted = spans.contains { span in pieces.contains { $0.range.contains(span.open) } }
        var draft = QuoteDraft(pieces: pieces, kind: quoted ? .mixed : .indirect,
                               speaker: place(speech.attribution.speaker, in: text, paragraph: paragraph),
                               cue: cue(speech.attribution, in: text))
        draft.inheritsSpeaker = speech.continuesPreviousSpeaker
        return draft
    }

    private func place(_ tokens: Range<Int>?, in text: ScalarText, paragraph: Int) -> TextPlace? {
        guard let tokens, !tokens.isEmpty else { return nil }
        return TextPlace(paragraph: paragraph, range: text.tokens[tokens.lowerBound].start..<text.tokens[tokens.upperBound - 1].end)
    }

    private func cue(_ attribution: Attribution, in text: ScalarText) -> String? {
        guard let cue = attribution.cue, !cue.isEmpty else { return nil }
        return text.string(text.tokens[cue.lowerBound].start..<text.tokens[cue.upperBound - 1].end)
    }

    // MARK: Scalar helpers

    /// `range` without surrounding whitespace and without a trailing comma (`“… NATO,” Trump said`).
    static func trimmed(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].isNewsSpace { lower += 1 }
        while upper > lower, scalars[upper - 1].isNewsSpace || scalars[upper - 1] == "," { upper -= 1 }
        return lower..<upper
    }

    /// A paragraph that opens a transcript's turn (`"PENCE: Well, as “The Journal” wrote, …`) is one
    /// quotation to its end, whatever quotation marks it holds inside.
    static func transcriptTurn(_ text: ScalarText) -> [QuoteSpan]? {
        let open = skipSpace(text.scalars, from: 0)
        guard open < text.scalars.count, text.scalars[open] == "\"" || text.scalars[open] == "\u{201C}",
              transcriptLabel(text, at: open + 1) != nil else { return nil }
        var end = text.scalars.count
        while end > open + 1, text.scalars[end - 1].isNewsSpace { end -= 1 }
        let closed = text.scalars[end - 1] == "\"" || text.scalars[end - 1] == "\u{201D}"
        return [QuoteSpan(open: open, contentStart: open + 1, contentEnd: closed ? end - 1 : end,
                          after: closed ? end : text.scalars.count, isClosed: closed, isSingle: false)]
    }

    /// A transcript's speaker label opening quoted words (`"WALLACE: Let’s start …`): one to three
    /// words in capitals and a colon. Returns the name and the offset after the colon.
    static func transcriptLabel(_ text: ScalarText, at offset: Int) -> (name: Range<Int>, after: Int)? {
        var index = text.firstToken(atOrAfter: offset)
        let first = index
        while index < text.tokens.count, index - first < 3, text.tokens[index].isWord, isAllCapitals(text, text.tokens[index]) { index += 1 }
        guard index > first, text.isPunctuation(index, ":"), text.tokens[first].start - offset <= 1 else { return nil }
        return (text.tokens[first].start..<text.tokens[index - 1].end, text.tokens[index].end)
    }

    private static func isAllCapitals(_ text: ScalarText, _ token: ScalarText.Token) -> Bool {
        var letters = 0
        for scalar in text.scalars[token.start..<token.end] where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    static func skipSpace(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
        var index = index
        while index < scalars.count, scalars[index].isNewsSpace { index += 1 }
        return index
    }

    static func isBlank(_ scalars: [Unicode.Scalar], _ range: Range<Int>, allowing extra: Unicode.Scalar = "(") -> Bool {
        range.allSatisfy { scalars[$0].isNewsSpace || scalars[$0] == "(" || scalars[$0] == extra }
    }

    /// Whether the words before an opening mark end with a colon or a comma (`she said, “as long as …”`).
    static func endsWithIntroducingMark(_ text: ScalarText, before open: Int) -> Bool {
        let last = text.tokenEnd(atOrBefore: open) - 1
        return last >= 0 && (text.isPunctuation(last, ":") || text.isPunctuation(last, ","))
    }

    static func startsUppercase(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let first = range.first(where: { ScalarText.isLetterOrDigit(scalars[$0]) }) else { return false }
        return scalars[first].properties.isUppercase || scalars[first].properties.numericType != nil
    }

    /// Whether a quote that opens a sentence is a whole utterance rather than a term in quotation
    /// marks: it ends with sentence punctuation or a comma, or nothing but the paragraph's end follows it.
    static func isFullSentence(_ scalars: [Unicode.Scalar], _ span: QuoteSpan) -> Bool {
        guard span.isClosed else { return true }
        var last = span.contentEnd
        while last > span.contentStart, scalars[last - 1].isNewsSpace { last -= 1 }
        if last > span.contentStart, [".", "!", "?", ",", "…", "\u{2014}", "-"].contains(scalars[last - 1]) {
            return true
        }
        return skipSpace(scalars, from: span.after) == scalars.count
    }
}
