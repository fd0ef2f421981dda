/// Reads attributions around quotation marks and in sentences of one paragraph, by tokens.
struct AttributionParser {
    let text: ScalarText
    private var tokens: [ScalarText.Token] { text.tokens }

    init(_ text: ScalarText) {
        self.text = text
    }

    // MARK: Speakers

    /// The speaker phrase that ends just before the verb at token `verb`, reaching no further back
    /// than token `lower`: `Trump`, `Mr. Trump`, `U.S. special envoy Steve Witkoff`, `sources`,
    /// `the American leader`, `he`. An appositive between commas (`Kerry, the former secretary of
    /// state, said`) is stepped over and the phrase before it returned.
    func subject(before verb: Int, lower: Int) -> Range<Int>? {
        var index = verb - 1
        while index >= lower, tokens[index].isWord {
            let word = tokens[index].folded
            if SpeechLexicon.auxiliaries.contains(word) {
                index -= 1
            } else if Self.weekdays.contains(word), index - 1 >= lower, text.isWord(index - 1, "on") {
                index -= 2
            } else {
                break
            }
        }
        guard index >= lower else { return nil }
        // "Beck, who said …": the relative pronoun stands for the phrase before its comma.
        if text.isWord(index, "who"), index - 1 > lower, text.isPunctuation(index - 1, ",") {
            return phrase(endingAt: index - 2, lower: lower)
        }
        guard text.isPunctuation(index, ",") else { return phrase(endingAt: index, lower: lower) }
        // An aside between commas: "Kerry, the former secretary of state, said", "Beebe, 49, a Navy veteran, said".
        var comma = index
        for _ in 0..<3 {
            var previous = comma - 1
            while previous >= lower, previous > comma - 24, !text.isPunctuation(previous, ",") {
                if tokens[previous].isWord, !tokens[previous].isCapitalized, SpeechLexicon.isSpeechVerb(tokens[previous].folded) { return nil }
                previous -= 1
            }
            guard previous > lower, text.isPunctuation(previous, ",") else { return nil }
            if let found = phrase(endingAt: previous - 1, lower: lower) {
                let aside = previous + 1..<comma
                let isName = !aside.isEmpty && text.wordCount(aside) <= 4 && aside.allSatisfy { tokens[$0].isCapitalized || isAbbreviationPeriod($0) }
                let isRole = !tokens[found.lowerBound].isCapitalized || SpeechLexicon.determiners.contains(tokens[found.lowerBound].folded)
                return isName && isRole ? found.lowerBound..<comma : found
            }
            comma = previous
        }
        return nil
    }

    /// The speaker phrase whose last token is `last`, walking back to a clause boundary.
    private func phrase(endingAt last: Int, lower: Int) -> Range<Int>? {
        guard last >= lower else { return nil }
        let end = last + 1
        if tokens[last].isWord, SpeechLexicon.pronouns.contains(tokens[last].folded) {
            return isSpeakerPhrase(last..<end) ? last..<end : nil
        }
        var start = end
        while start - 1 >= lower {
            let token = tokens[start - 1]
            if token.isWord {
                // "Mr. Morgan of the Sierra Club": "of" inside a name keeps the phrase going.
                let ofInName = token.folded == "of" && start - 2 >= lower && tokens[start - 2].isCapitalized
                    && (tokens[start].isCapitalized || text.isWord(start, "the"))
                if SpeechLexicon.clauseBoundaries.contains(token.folded), !(token.isCapitalized && start - 1 > lower), !ofInName { break }
                if !token.isCapitalized, SpeechLexicon.isReportingVerb(token.folded) || SpeechLexicon.isSpeechVerb(token.folded) { break }
                if text.wordCount(start - 1..<end) > 10 { return nil }
                start -= 1
            } else if isAbbreviationPeriod(start - 1) || isPossessiveMark(start - 1) || Self.phraseJoiners.contains(token.folded) {
                start -= 1
            } else {
                break
            }
        }
        while start < end, tokens[start].isWord, SpeechLexicon.leadIns.contains(tokens[start].folded) { start += 1 }
        while start < end, !tokens[start].isWord { start += 1 }
        guard start < end else { return nil }
        if isSpeakerPhrase(start..<end) { return start..<end }
        // "panel Chairman Rep. Jason Chaffetz": the name starts at its first capital.
        guard let named = (start..<end).first(where: { tokens[$0].isCapitalized }), named > start, isSpeakerPhrase(named..<end) else { return nil }
        return named..<end
    }

    /// The speaker phrase right after an inverted verb (`said Trump`, `said Donna Brazile, the chairwoman`).
    func subject(after verb: Int, upper: Int) -> Range<Int>? {
        let start = verb + 1
        guard start < upper else { return nil }
        var end = start
        while end < upper {
            let token = tokens[end]
            if token.isWord {
                if end > start, SpeechLexicon.clauseBoundaries.contains(token.folded) || Self.weekdays.contains(token.folded) { break }
                end += 1
            } else if isAbbreviationPeriod(end) || isPossessiveMark(end) || (Self.phraseJoiners.contains(token.folded) && token.folded != "(") {
                end += 1
            } else {
                break
            }
            if text.wordCount(start..<end) > 10 { return nil }
        }
        guard end > start else { return nil }
        if isSpeakerPhrase(start..<end) { return start..<end }
        // "said undecided Republican voter Stephanie Hooton": the name starts at its first capital.
        guard let named = (start..<end).first(where: { tokens[$0].isCapitalized }), named > start, isSpeakerPhrase(named..<end) else { return nil }
        return named..<end
    }

    /// Whether the words could name who speaks: a pronoun, a name, or a noun phrase with a determiner or a source noun.
    func isSpeakerPhrase(_ range: Range<Int>) -> Bool {
        guard let first = range.first(where: { tokens[$0].isWord }) else { return false }
        let firstWord = tokens[first].folded
        let last = range.last(where: { tokens[$0].isWord }) ?? first
        if SpeechLexicon.pronouns.contains(firstWord) { return text.wordCount(range) == 1 && firstWord != "you" }
        if text.wordCount(range) == 1, Self.notSpeakers.contains(firstWord) || SpeechLexicon.determiners.contains(firstWord)
            || SpeechLexicon.clauseBoundaries.contains(firstWord) || SpeechLexicon.leadIns.contains(firstWord) {
            return false
        }
        if let digit = firstWord.unicodeScalars.first, digit.properties.numericType != nil || Self.numberWords.contains(firstWord) {
            return text.wordCount(range) >= 2
        }
        if tokens[first].isCapitalized || SpeechLexicon.determiners.contains(firstWord) {
            return tokens[last].isCapitalized || !SpeechLexicon.clauseBoundaries.contains(tokens[last].folded)
        }
        return SpeechLexicon.sourceNouns.contains(tokens[last].folded)
    }

    // MARK: Around quotation marks

    /// The attribution clause right after a closing quotation mark: `, Trump said.`, `said Trump.`,
    /// `he told reporters.`, `according to X.` Returns it with the scalar offset where its sentence ends.
    func trailingAttribution(after offset: Int) -> (attribution: Attribution, end: Int)? {
        var start = text.firstToken(atOrAfter: offset)
        if start < tokens.count, Self.dashes.contains(tokens[start].folded), let signed = signature(after: start) {
            return (Attribution(speaker: signed, cue: nil), tokens[signed.upperBound - 1].end)
        }
        while start < tokens.count, !tokens[start].isWord, [",", "\u{2014}", "\u{2013}", "-"].contains(tokens[start].folded) { start += 1 }
        guard start < tokens.count, tokens[start].start - offset <= 3 else { return nil }
        let end = clauseEnd(from: start)
        guard end > start else { return nil }
        if text.isWord(start, "according"), text.isWord(start + 1, "to"),
           let speaker = subject(after: start + 1, upper: end) {
            return (Attribution(speaker: speaker, cue: start..<start + 2), scalarEnd(ofClauseEndingAt: end))
        }
        var verb = start
        while verb < min(end, start + 30) {
            if tokens[verb].isWord, !tokens[verb].isCapitalized || verb == start, SpeechLexicon.isSpeechVerb(tokens[verb].folded) { break }
            verb += 1
        }
        guard verb < min(end, start + 30) else { return expressiveAttribution(from: start, end: end, after: offset) }
        if let speaker = subject(before: verb, lower: start),
           (start..<speaker.lowerBound).allSatisfy({ tokens[$0].isWord }), text.wordCount(start..<speaker.lowerBound) <= 2 {
            return (Attribution(speaker: speaker, cue: verb..<verb + 1), scalarEnd(ofClauseEndingAt: end))
        }
        if verb == firstWord(from: start) || (verb > start && SpeechLexicon.auxiliaries.contains(tokens[verb - 1].folded) && verb - 1 == firstWord(from: start)) {
            let speaker = subject(after: verb, upper: end)
            if speaker == nil, tokens[verb].folded != "continued", tokens[verb].folded != "added" { return nil }
            return (Attribution(speaker: speaker, cue: verb..<verb + 1), scalarEnd(ofClauseEndingAt: end))
        }
        return nil
    }

    /// `“…,” Toomey fumed on Tuesday.`: right after a quote that ends in a comma, a name and a past-tense
    /// verb attribute it even when the verb is not a speech verb.
    private func expressiveAttribution(from start: Int, end: Int, after offset: Int) -> (attribution: Attribution, end: Int)? {
        guard offset >= 2, text.scalars[offset - 2] == "," || text.scalars[offset - 1] == "," || text.isPunctuation(text.firstToken(atOrAfter: offset), ",") else { return nil }
        var verb = start
        while verb < min(end, start + 8), tokens[verb].isCapitalized || isAbbreviationPeriod(verb) || Self.phraseJoiners.contains(tokens[verb].folded) { verb += 1 }
        if verb == start, verb < end, SpeechLexicon.pronouns.contains(tokens[verb].folded) { verb += 1 }
        guard verb > start, verb < end, tokens[verb].isWord, !tokens[verb].isCapitalized, tokens[verb].folded.hasSuffix("ed"),
              isSpeakerPhrase(start..<verb) else { return nil }
        return (Attribution(speaker: start..<verb, cue: verb..<verb + 1), scalarEnd(ofClauseEndingAt: end))
    }

    /// A name signing a quote after a dash (`“…” ― Carlos Raúl`): capitalised words up to the end of the sentence or the next quote.
    private func signature(after dash: Int) -> Range<Int>? {
        var end = dash + 1
        while end < tokens.count, tokens[end].isCapitalized || isAbbreviationPeriod(end) || (end > dash + 1 && Self.nameJoiners.contains(tokens[end].folded)) {
            end += 1
        }
        guard end > dash + 1, text.wordCount(dash + 1..<end) <= 6 else { return nil }
        if end < tokens.count {
            let next = tokens[end]
            guard !next.isWord, [".", "!", "?", ";", ","].contains(next.folded) || Self.openingMarks.contains(next.folded) else { return nil }
        }
        return dash + 1..<end
    }

    /// The attribution before an opening quotation mark in its sentence (`Trump said: “`,
    /// `In a statement, the campaign wrote, “`). Nil when the lead is reported speech going on into
    /// the quote (`he said there would be “…`), which the sentence reading handles.
    func leadingAttribution(sentenceStart: Int, open: Int) -> Attribution? {
        let lower = text.firstToken(atOrAfter: sentenceStart)
        let upper = text.tokenEnd(atOrBefore: open)
        guard upper > lower else { return nil }
        let last = upper - 1
        let punctuated = text.isPunctuation(last, ":") || text.isPunctuation(last, ",")
        let verbSearchEnd = punctuated ? last : upper
        var verb = verbSearchEnd - 1
        while verb >= max(lower, verbSearchEnd - 14) {
            if tokens[verb].isWord, !tokens[verb].isCapitalized || verb == lower,
               SpeechLexicon.isSpeechVerb(tokens[verb].folded) || SpeechLexicon.participles.contains(tokens[verb].folded) { break }
            verb -= 1
        }
        guard verb >= max(lower, verbSearchEnd - 14) else {
            guard text.isPunctuation(last, ":") else { return nil }
            // A headline's `Trump: ‘…’` or `WSJ editorial: “…”` names the speaker before the colon.
            let named = lower..<last
            if text.wordCount(named) <= 5, named.allSatisfy({ !tokens[$0].isWord || tokens[$0].isCapitalized }),
               !SpeechLexicon.clauseBoundaries.contains(tokens[lower].folded), isSpeakerPhrase(named) {
                return Attribution(speaker: named, cue: nil)
            }
            return Attribution(speaker: nil, cue: nil)
        }
        if !punctuated, verb != last { return nil }
        if (verb + 1..<verbSearchEnd).contains(where: { text.isWord($0, "that") }) { return nil }
        if SpeechLexicon.participles.contains(tokens[verb].folded) {
            return Attribution(speaker: nameRight(before: verb, lower: lower) ?? sentenceSubject(from: lower, before: verb), cue: verb..<verb + 1)
        }
        var speaker = subject(before: verb, lower: lower) ?? subject(after: verb, upper: verbSearchEnd)
        // `Clinton … stressed her record and said: “…”`: a second verb with no subject of its own shares the sentence's.
        if speaker == nil, verb - 1 > lower, text.isWord(verb - 1, "and") {
            speaker = sentenceSubject(from: lower, before: verb - 1)
        }
        return Attribution(speaker: speaker, cue: verb..<verb + 1)
    }

    /// The naming verb just before quoted words inside a sentence, with its subject:
    /// `what they called ''financial supermarkets''`, `Pence, who called their son "an American hero"`.
    func namingAttribution(sentenceStart: Int, open: Int) -> Attribution? {
        let lower = text.firstToken(atOrAfter: sentenceStart)
        let upper = text.tokenEnd(atOrBefore: open)
        var verb = upper - 1
        while verb >= max(lower, upper - 7) {
            let token = tokens[verb]
            if token.isWord, SpeechLexicon.namingVerbs.contains(token.folded) { break }
            guard token.isWord || isPossessiveMark(verb) || isAbbreviationPeriod(verb) else { return nil }
            verb -= 1
        }
        guard verb >= max(lower, upper - 7), let speaker = subject(before: verb, lower: lower) else { return nil }
        return Attribution(speaker: speaker, cue: verb..<verb + 1)
    }

    // MARK: In sentences

    /// Reported speech in the sentence made of tokens `sentence`.
    func reportedSpeech(in sentence: Range<Int>) -> [ReportedSpeech] {
        var found: [ReportedSpeech] = []
        var end = sentence.upperBound
        while end > sentence.lowerBound, !tokens[end - 1].isWord, [".", "!", "?", ";", ":"].contains(tokens[end - 1].folded) { end -= 1 }
        let bounds = sentence.lowerBound..<end
        if let according = accordingTo(in: bounds) { return [according] }
        // Tokens before `usedUpTo` belong to an earlier attribution; `open` is the reported speech whose clause runs on to the sentence's end.
        var usedUpTo = bounds.lowerBound
        var open: Int?
        func closeOpen(before cut: Int) -> Bool {
            guard let current = open else { return true }
            let last = found[current].content.count - 1
            let clause = found[current].content[last]
            guard cut > clause.lowerBound, text.wordCount(clause.lowerBound..<cut) >= 3 else { return false }
            found[current].content[last] = clause.lowerBound..<cut
            open = nil
            return true
        }
        var index = bounds.lowerBound
        while index < bounds.upperBound {
            defer { index += 1 }
            let token = tokens[index]
            guard token.isWord, index >= usedUpTo else { continue }
            if SpeechLexicon.participles.contains(token.folded), text.isPunctuation(index - 1, ",") {
                let openSpeaker = open.flatMap { found[$0].attribution.speaker }
                guard let start = clauseStart(afterVerb: index, end: bounds.upperBound, requireThat: token.folded != "saying"),
                      text.wordCount(start..<bounds.upperBound) >= 4, closeOpen(before: index - 1) else { continue }
                let speaker = openSpeaker ?? sentenceSubject(from: bounds.lowerBound, before: index)
                found.append(ReportedSpeech(content: [start..<bounds.upperBound], attribution: Attribution(speaker: speaker, cue: index..<index + 1),
                                            continuesPreviousSpeaker: speaker == nil))
                open = found.count - 1
                continue
            }
            // `Trump claims that …` is the verb: the noun reading (`his claim that …`) needs no subject before it.
            if SpeechLexicon.claimNouns.contains(token.folded), text.isWord(index + 1, "that"), text.wordCount(index + 2..<bounds.upperBound) >= 4,
               !(SpeechLexicon.isReportingVerb(token.folded) && index > bounds.lowerBound && !Self.isPossessive(tokens[index - 1].folded)
                 && (tokens[index - 1].isCapitalized || SpeechLexicon.pronouns.contains(tokens[index - 1].folded))) {
                var owner: Range<Int>?
                if index > bounds.lowerBound, tokens[index - 1].isWord, Self.isPossessive(tokens[index - 1].folded) {
                    owner = index - 1..<index
                } else if index > bounds.lowerBound + 1, isPossessiveMark(index - 1), tokens[index - 2].isCapitalized {
                    owner = index - 2..<index - 1
                }
                guard closeOpen(before: index) else { continue }
                found.append(ReportedSpeech(content: [index + 2..<bounds.upperBound], attribution: Attribution(speaker: owner, cue: index..<index + 1)))
                open = found.count - 1
                continue
            }
            if token.folded == "saying", index > bounds.lowerBound, SpeechLexicon.messageNouns.contains(tokens[index - 1].folded),
               let start = clauseStart(afterVerb: index, end: bounds.upperBound, requireThat: false), text.wordCount(start..<bounds.upperBound) >= 4,
               closeOpen(before: index - 1) {
                let speaker = sentenceSubject(from: bounds.lowerBound, before: index)
                found.append(ReportedSpeech(content: [start..<bounds.upperBound], attribution: Attribution(speaker: speaker, cue: index..<index + 1),
                                            continuesPreviousSpeaker: speaker == nil))
                open = found.count - 1
                continue
            }
            guard SpeechLexicon.isReportingVerb(token.folded), !token.isCapitalized || index == firstWord(from: bounds.lowerBound),
                  !(token.folded == "think" && (text.isWord(index + 1, "tank") || text.isWord(index + 1, "tanks"))) else { continue }
            if index > bounds.lowerBound, Self.passiveMarkers.contains(tokens[index - 1].folded) { continue }
            if let subject = subject(before: index, lower: usedUpTo) {
                if let current = open, subject.lowerBound >= found[current].content[found[current].content.count - 1].lowerBound {
                    guard let cut = cutBefore(subject: subject, from: found[current].content[found[current].content.count - 1].lowerBound),
                          closeOpen(before: cut) else { continue }
                }
                if let start = complementStart(afterVerb: index, subject: subject, end: bounds.upperBound),
                   text.wordCount(start..<bounds.upperBound) >= 2 {
                    found.append(ReportedSpeech(content: [start..<bounds.upperBound], attribution: Attribution(speaker: subject, cue: index..<index + 1)))
                    open = found.count - 1
                    continue
                }
                let before = words(from: usedUpTo, upTo: subject.lowerBound)
                let rest = parentheticalRest(afterVerb: index, end: bounds.upperBound)
                if open == nil, subject.lowerBound > bounds.lowerBound, text.isPunctuation(subject.lowerBound - 1, ","),
                   text.wordCount(before) >= (rest == nil ? 4 : 2), !startsSubordinateClause(before.lowerBound) {
                    var content = [before.lowerBound..<subject.lowerBound - 1]
                    if let rest { content.append(rest) }
                    found.append(ReportedSpeech(content: content, attribution: Attribution(speaker: subject, cue: index..<index + 1)))
                    usedUpTo = index + 1
                    open = rest == nil ? nil : found.count - 1
                }
            } else if let current = open, index - 1 > usedUpTo, text.isWord(index - 1, "and") || text.isWord(index - 1, "but"),
                      let start = complementStart(afterVerb: index, subject: found[current].attribution.speaker, end: bounds.upperBound),
                      text.wordCount(start..<bounds.upperBound) >= 2 {
                let speaker = found[current].attribution.speaker
                let continues = found[current].continuesPreviousSpeaker
                guard closeOpen(before: text.isPunctuation(index - 2, ",") ? index - 2 : index - 1) else { continue }
                found.append(ReportedSpeech(content: [start..<bounds.upperBound], attribution: Attribution(speaker: speaker, cue: index..<index + 1),
                                            continuesPreviousSpeaker: continues))
                open = found.count - 1
            } else if open == nil, let end = endOfInvertedClause(before: index), end > usedUpTo,
                      let speaker = subject(after: index, upper: bounds.upperBound) {
                let before = words(from: usedUpTo, upTo: end)
                guard text.wordCount(before) >= 4, !startsSubordinateClause(before.lowerBound) else { continue }
                var content = [before]
                let rest = parentheticalRest(afterVerb: speaker.upperBound - 1, end: bounds.upperBound)
                if let rest { content.append(rest) }
                found.append(ReportedSpeech(content: content, attribution: Attribution(speaker: speaker, cue: index..<index + 1)))
                usedUpTo = speaker.upperBound
                open = rest == nil ? nil : found.count - 1
            }
        }
        return found.compactMap(endingBeforeCoordinatedVerb)
    }

    /// The speech with its last clause ending before `and called …`, `, but declined …`; nil when too little would be left.
    private func endingBeforeCoordinatedVerb(_ speech: ReportedSpeech) -> ReportedSpeech? {
        var speech = speech
        let last = speech.content.count - 1
        let clause = speech.content[last]
        for index in clause where index > clause.lowerBound && index + 1 < clause.upperBound {
            guard text.isWord(index, "and") || text.isWord(index, "but"), Self.coordinatedVerbs.contains(tokens[index + 1].folded) else { continue }
            let cut = text.isPunctuation(index - 1, ",") ? index - 1 : index
            guard text.wordCount(clause.lowerBound..<cut) >= 2 else { return nil }
            speech.content[last] = clause.lowerBound..<cut
            break
        }
        return speech
    }

    /// `According to X, …` and `…, according to X.`
    private func accordingTo(in bounds: Range<Int>) -> ReportedSpeech? {
        var index = bounds.lowerBound
        while index + 2 < bounds.upperBound {
            defer { index += 1 }
            guard text.isWord(index, "according"), text.isWord(index + 1, "to") else { continue }
            var sourceEnd = index + 2
            while sourceEnd < bounds.upperBound, !text.isPunctuation(sourceEnd, ",") { sourceEnd += 1 }
            let source = index + 2..<sourceEnd
            guard text.wordCount(source) >= 1, text.wordCount(source) <= 14 else { return nil }
            let cue = index..<index + 2
            let after = min(sourceEnd + 1, bounds.upperBound)..<bounds.upperBound
            if index == firstWord(from: bounds.lowerBound) || text.isPunctuation(index - 1, ":") {
                guard text.wordCount(after) >= 4 else { return nil }
                return ReportedSpeech(content: [after], attribution: Attribution(speaker: source, cue: cue))
            }
            let aside = text.isPunctuation(index - 1, ",")
            let before = words(from: bounds.lowerBound, upTo: aside ? index - 1 : index)
            guard text.wordCount(before) >= (aside && sourceEnd < bounds.upperBound ? 1 : 4) else { return nil }
            // `Fundraising, according to the campaign, has surged`: the words on both sides are reported.
            if aside, sourceEnd < bounds.upperBound, text.wordCount(after) >= 3 {
                return ReportedSpeech(content: [before, after], attribution: Attribution(speaker: source, cue: cue))
            }
            return ReportedSpeech(content: [before], attribution: Attribution(speaker: source, cue: cue))
        }
        return nil
    }

    /// Where the reported words start after a reporting verb: a "to" clause of intention, a request
    /// (`urged Congress to act`), a question (`asked whether …`) or a clause (see `clauseStart`).
    private func complementStart(afterVerb verb: Int, subject: Range<Int>?, end: Int) -> Int? {
        let word = tokens[verb].folded
        if SpeechLexicon.infinitiveVerbs.contains(word), text.isWord(verb + 1, "to") { return verb + 1 }
        if SpeechLexicon.questionVerbs.contains(word), verb + 1 < end, SpeechLexicon.questionWords.contains(tokens[verb + 1].folded) { return verb + 1 }
        if SpeechLexicon.requestVerbs.contains(word), verb + 2 < end,
           let to = (verb + 2..<min(end, verb + 7)).first(where: { text.isWord($0, "to") }),
           (verb + 1..<to).allSatisfy({ tokens[$0].isWord || isAbbreviationPeriod($0) || isPossessiveMark($0) }) {
            return verb + 1
        }
        guard SpeechLexicon.clauseVerbs.contains(word) || SpeechLexicon.thatVerbs.contains(word) else { return nil }
        var requireThat = !SpeechLexicon.clauseVerbs.contains(word)
        if SpeechLexicon.evidenceVerbs.contains(word), let subject, SpeechLexicon.evidenceNouns.contains(tokens[subject.upperBound - 1].folded) {
            requireThat = false
        }
        return clauseStart(afterVerb: verb, end: end, requireThat: requireThat)
    }

    /// Where the reported clause starts after a speech verb: after "that", after the listener of
    /// "told", after a short adjunct ("on Monday", "in a statement") that leads to "that".
    private func clauseStart(afterVerb verb: Int, end: Int, requireThat: Bool) -> Int? {
        var index = verb + 1
        guard index < end else { return nil }
        if ["told", "tells", "tell", "telling"].contains(tokens[verb].folded) {
            if tokens[index].isCapitalized {
                while index < end, tokens[index].isCapitalized || isAbbreviationPeriod(index) { index += 1 }
            } else if SpeechLexicon.listeners.contains(tokens[index].folded) {
                index += 1
                if ["the", "a", "an"].contains(tokens[index - 1].folded) {
                    while index < end, index < verb + 6, tokens[index].isWord, !text.isWord(index, "that") { index += 1 }
                }
            } else {
                return nil
            }
        }
        guard index < end else { return nil }
        if text.isWord(index, "that") { return index + 1 }
        if SpeechLexicon.adjunctStarts.contains(tokens[index].folded) || index > verb + 1 {
            var probe = index
            while probe < min(end, index + 10) {
                if text.isWord(probe, "that") { return probe + 1 }
                if !tokens[probe].isWord, tokens[probe].folded != ".", tokens[probe].folded != "’", tokens[probe].folded != "'" { break }
                probe += 1
            }
            if SpeechLexicon.adjunctStarts.contains(tokens[index].folded) { return nil }
        }
        guard !requireThat, tokens[index].isWord else {
            if !requireThat, index + 1 < end, Self.openingMarks.contains(tokens[index].folded) { return index }
            return nil
        }
        if ["to", "for", "of", "about", "so", "it", "this", "nothing", "something", "anything", "much", "little", "yes", "no"].contains(tokens[index].folded) { return nil }
        return index
    }

    /// The second part of a parenthetical attribution: `The plan, he said, *will fail*`.
    private func parentheticalRest(afterVerb verb: Int, end: Int) -> Range<Int>? {
        var index = verb + 1
        while index < end, index <= verb + 8, !text.isPunctuation(index, ",") { index += 1 }
        guard index < end, text.isPunctuation(index, ","), text.wordCount(index + 1..<end) >= 3 else { return nil }
        return index + 1..<end
    }

    /// Where an earlier clause should stop so that a later attribution in the same sentence
    /// (`…, but he stressed that …`) starts its own: before "but", "and" or the comma before the subject.
    private func cutBefore(subject: Range<Int>, from lower: Int) -> Int? {
        var index = subject.lowerBound
        var sawBoundary = false
        while index - 1 >= lower, !tokens[index - 1].isWord || ["but", "and", "while", "although", "though", "yet"].contains(tokens[index - 1].folded) {
            if tokens[index - 1].isWord || tokens[index - 1].folded == "," || tokens[index - 1].folded == ";" { sawBoundary = true }
            index -= 1
            if index <= subject.lowerBound - 3 { break }
        }
        guard sawBoundary, text.wordCount(lower..<index) >= 3 else { return nil }
        return index
    }

    /// Where the reported words end before an inverted `, said X`: at the comma, or after the closing
    /// mark of a quote that ends in the comma (`parties “saw Burma as a country under pressure,” said Cha`).
    private func endOfInvertedClause(before verb: Int) -> Int? {
        if text.isPunctuation(verb - 1, ",") { return verb - 1 }
        if verb >= 2, text.isPunctuation(verb - 2, ","), Self.closingMarks.contains(tokens[verb - 1].folded), !tokens[verb - 1].isWord { return verb }
        if verb >= 3, text.isPunctuation(verb - 3, ","), text.isPunctuation(verb - 2, "'"), text.isPunctuation(verb - 1, "'") { return verb }
        return nil
    }

    /// The name just before a participle, as its subject (`footage of Trump saying, “…”`).
    private func nameRight(before verb: Int, lower: Int) -> Range<Int>? {
        var start = verb
        while start - 1 >= lower, tokens[start - 1].isCapitalized || isAbbreviationPeriod(start - 1) { start -= 1 }
        while start < verb, !tokens[start].isWord { start += 1 }
        // `on Facebook writing` names where, not who; `footage of Trump saying` names who.
        guard start < verb, start > lower, !Self.placePrepositions.contains(tokens[start - 1].folded),
              !tokens[verb - 1].isWord || !Self.notNameWords.contains(tokens[verb - 1].folded),
              !SpeechLexicon.determiners.contains(tokens[start].folded), isSpeakerPhrase(start..<verb) else { return nil }
        return start..<verb
    }

    /// The name that opens a sentence, as the subject of a participle later in it (`Trump issued a statement saying …`).
    private func sentenceSubject(from start: Int, before limit: Int) -> Range<Int>? {
        var index = firstWord(from: start)
        while index < limit, SpeechLexicon.leadIns.contains(tokens[index].folded) { index += 1 }
        guard index < limit, tokens[index].isCapitalized else { return nil }
        var end = index
        while end < limit, tokens[end].isCapitalized || isAbbreviationPeriod(end) || (end > index && Self.phraseJoiners.contains(tokens[end].folded)) {
            end += 1
        }
        guard end < limit, tokens[end].isWord ? !tokens[end].isCapitalized : tokens[end].folded == ",", isSpeakerPhrase(index..<end) else { return nil }
        // `Asked whether …, Clinton said`: a capitalised verb opening the sentence is not its subject.
        let word = tokens[index].folded
        if end == index + 1, SpeechLexicon.isReportingVerb(word) || SpeechLexicon.isSpeechVerb(word) || SpeechLexicon.participles.contains(word) { return nil }
        return index..<end
    }

    static func isPossessive(_ word: String) -> Bool {
        word.hasSuffix("'s") && word.count > 2
    }

    private func startsSubordinateClause(_ index: Int) -> Bool {
        guard index < tokens.count else { return false }
        let word = tokens[index].folded
        return Self.subordinators.contains(word) || word.hasSuffix("ing")
    }

    // MARK: Token helpers

    /// The tokens from the first word at or after `lower` up to `upper` (empty when no word comes first).
    private func words(from lower: Int, upTo upper: Int) -> Range<Int> {
        min(firstWord(from: lower), upper)..<upper
    }

    private func firstWord(from index: Int) -> Int {
        var index = index
        while index < tokens.count, !tokens[index].isWord { index += 1 }
        return index
    }

    /// The first token at or after `start` that ends its sentence, or an opening quotation mark.
    private func clauseEnd(from start: Int) -> Int {
        var index = start
        while index < tokens.count {
            let token = tokens[index]
            if !token.isWord {
                if [".", "!", "?", ";"].contains(token.folded), !isAbbreviationPeriod(index) { return index }
                if Self.openingMarks.contains(token.folded) { return index }
            }
            index += 1
        }
        return index
    }

    private func scalarEnd(ofClauseEndingAt index: Int) -> Int {
        if index < tokens.count, !Self.openingMarks.contains(tokens[index].folded) { return tokens[index].end }
        return index > 0 ? tokens[index - 1].end : 0
    }

    /// A period that belongs to the word before it (`Mr.`, `J.`, `U.S.`) and does not end the sentence.
    func isAbbreviationPeriod(_ index: Int) -> Bool {
        guard index > 0, index < tokens.count, text.isPunctuation(index, "."), tokens[index - 1].isWord, tokens[index - 1].end == tokens[index].start else { return false }
        if index + 1 < tokens.count, tokens[index + 1].start == tokens[index].end, [",", ")", ";", ":"].contains(tokens[index + 1].folded) { return true }
        let word = tokens[index - 1].folded
        let nextIsName = index + 1 < tokens.count && tokens[index + 1].isCapitalized
        if SpeechLexicon.titleWords.contains(word) { return true }
        if word.unicodeScalars.count == 1, tokens[index - 1].isCapitalized { return nextIsName }
        if word.contains(".") { return index + 1 < tokens.count && !(tokens[index + 1].isCapitalized && ["the", "he", "she", "it", "they", "but", "and", "in", "a"].contains(tokens[index + 1].folded)) }
        return false
    }

    private func isPossessiveMark(_ index: Int) -> Bool {
        index > 0 && (text.isPunctuation(index, "\u{2019}") || text.isPunctuation(index, "'")) && tokens[index - 1].isWord && tokens[index - 1].end == tokens[index].start
    }

    /// Punctuation inside a speaker phrase (`9/11 widow`, `AT&T`, `Rep. Gwen Moore (D-Wis.)`).
    private static let phraseJoiners: Set<String> = ["-", "/", "&", "(", ")"]
    private static let dashes: Set<String> = ["\u{2015}", "\u{2014}", "\u{2013}"]
    private static let nameJoiners: Set<String> = ["de", "van", "von", "der", "da", "di", "del", "la", "le", "bin", "al"]
    private static let closingMarks: Set<String> = ["\u{201D}", "\"", "\u{00BB}"]
    static let openingMarks: Set<String> = ["\u{201C}", "\"", "\u{2018}", "\u{00AB}", "\u{201E}"]
    private static let placePrepositions: Set<String> = ["on", "in", "at", "to", "from", "with", "by", "for", "into", "via", "about", "against", "through"]
    /// Capitalised words before a participle that are times, not people (`said Monday, adding …`).
    private static let notNameWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
    private static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"]
    private static let passiveMarkers: Set<String> = ["was", "were", "been", "being", "is", "are", "be", "get", "got"]
    private static let subordinators: Set<String> = [
        "when", "if", "as", "after", "although", "though", "while", "because", "since", "before", "once", "asked",
        "whether", "until", "unless",
    ]
    /// Single words that open sentences but never name a speaker ("Shortly after, …, said").
    private static let notSpeakers: Set<String> = [
        "shortly", "later", "earlier", "then", "now", "still", "meanwhile", "moreover", "previously", "separately",
        "this", "that", "these", "those", "here", "there", "finally", "instead", "afterward", "afterwards", "recently",
        "today", "yesterday", "tonight", "thus", "hence", "indeed", "also", "once", "again", "first", "second",
        "everyone", "everybody", "nobody", "someone", "somebody", "anyone", "all", "both", "none",
    ]
    private static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "half", "most", "many", "few", "nearly", "about", "almost",
    ]
    /// Verbs that, after "and" or "but" with no subject of their own, start a new predicate of the same speaker
    /// (`said it was great to be home, and called …`): the reported clause stops before them.
    private static let coordinatedVerbs: Set<String> = [
        "said", "says", "told", "added", "called", "calls", "accused", "criticized", "praised", "urged", "defended",
        "dismissed", "slammed", "blasted", "attacked", "described", "warned", "vowed", "promised", "pledged", "argued",
        "noted", "asked", "insisted", "suggested", "predicted", "declined", "refused", "questioned", "stressed",
        "acknowledged", "admitted", "claimed", "highlighted", "thanked", "announced", "explained", "wrote", "tweeted",
        "denied", "rejected", "pointed", "complained", "agreed", "conceded", "emphasized", "expressed", "signaled",
    ]
}
