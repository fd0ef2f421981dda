/// Organization forms the tagger, trained on 1996 wire copy, gets wrong or cuts short.
enum OrganizationRules {
    static func apply(to spans: [NameSpan], in document: ArticleText) -> [NameSpan] {
        joinOfPhrases(spans, in: document).flatMap { splitAtTitle($0, in: document) }.map { span in
            var span = span
            let views = document.texts[span.text].views[span.start..<span.end]
            if institutionKeys.contains(Gazetteer.key(of: views)) {
                span.kind = .organization
            }
            // A "person" with a company or institution word in the name ("Dai-Ichi Kangyo Bank
            // Ltd.") is an organization: no one is called Ltd.
            if span.kind == .person, views.contains(where: { $0.gazetteer & Gazetteer.Category.organizationWord.rawValue != 0 }) {
                span.kind = .organization
            }
            return span
        }
    }

    /// Seats of government that news writes as the body acting from them ("the White House said").
    static let institutionKeys = IntegerKeySet(["White House", "Pentagon"].map(Gazetteer.key(of:)))

    /// Splits a name that runs on through a title into the person it names: "Federal Reserve
    /// Governor Lawrence Lindsey" is the organization "Federal Reserve" and the person "Lawrence
    /// Lindsey", whose role is "Governor".
    static func splitAtTitle(_ span: NameSpan, in document: ArticleText) -> [NameSpan] {
        let text = document.texts[span.text]
        guard span.kind != .person, span.end - span.start >= 3 else { return [span] }
        for k in (span.start + 1)..<(span.end - 1) where RoleDetector.headKeys.contains(text.views[k].lower) {
            let name = (k + 1)..<span.end
            let isName = name.allSatisfy {
                text.views[$0].flags.contains(.initialUpper)
                    && text.views[$0].gazetteer & Gazetteer.Category.organizationWord.rawValue == 0
            }
            guard isName, text.views[k].flags.contains(.initialUpper),
                  let roleStart = RoleDetector.roleStart(before: k + 1, in: text), roleStart > span.start else { continue }
            var organization = span
            organization.end = roleStart
            let person = NameSpan(text: span.text, start: k + 1, end: span.end, kind: .person, role: text.string(roleStart, k + 1))
            return [organization, person]
        }
        return [span]
    }

    /// Joins "Coalition" + "of the" + "Willing" into one organization when the first part ends
    /// with a word that takes its complement with "of" ("Coalition", "Ministry", "University");
    /// not a company form: "Acme Inc of Texas" is a company and where it is.
    static let ofHeadKeys = RoleDetector.keys([
        "coalition", "alliance", "bank", "university", "ministry", "department", "council", "association",
        "federation", "union", "league", "institute", "college", "society", "organization", "organisation",
        "commission", "committee", "office", "court", "board", "party", "church", "academy", "school", "museum",
        "friends", "army", "front", "movement", "confederation", "chamber", "house", "order", "guild", "congress",
    ])

    static func joinOfPhrases(_ spans: [NameSpan], in document: ArticleText) -> [NameSpan] {
        var out: [NameSpan] = []
        var k = 0
        while k < spans.count {
            var span = spans[k]
            let text = document.texts[span.text]
            if span.kind == .organization, span.end + 1 < text.tokens.count,
               ofHeadKeys.contains(text.views[span.end - 1].lower), text.views[span.end].lower == RoleDetector.ofKey {
                var next = span.end + 1
                if next < text.tokens.count, text.views[next].lower == RoleDetector.theKey { next += 1 }
                var end = next
                while end < text.tokens.count, text.views[end].flags.contains(.initialUpper),
                      !text.views[end].flags.contains(.punctuation) {
                    end += 1
                }
                if end > next {
                    // Swallow the spans the joined name now covers.
                    while k + 1 < spans.count, spans[k + 1].text == span.text, spans[k + 1].start < end {
                        end = max(end, spans[k + 1].end)
                        k += 1
                    }
                    span.end = end
                }
            }
            out.append(span)
            k += 1
        }
        return out
    }
}
