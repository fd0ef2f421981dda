/// What a person typed into `archive search`, parsed by rules that accept anything.
///
/// - Words are searched as words: `U.S.`, `don't`, `C++`, `50%`, `NATO?` all become their
///   letters and digits, and nothing a person types reaches FTS5 as syntax.
/// - `"exact phrases"` (straight or curly quotes); an unclosed quote runs to the end.
/// - `word*` searches a prefix; `-word` and `-"a phrase"` exclude.
/// - `OR` (in capitals) between two terms matches either.
///
/// `ftsExpression` is the FTS5 MATCH expression built from these pieces, each term quoted.
public struct SearchQuery: Equatable, Sendable {
    public enum Term: Equatable, Sendable {
        /// One or more words that must stand together (a single word is a one-word phrase).
        case phrase([String], prefix: Bool)
    }

    /// Groups of alternatives: every group must match, any term within a group may.
    public var required: [[Term]]
    public var excluded: [Term]

    public init(required: [[Term]], excluded: [Term] = []) {
        self.required = required
        self.excluded = excluded
    }

    /// Parses `text`; throws `ArchiveError.emptyQuery` when there is nothing to search for and
    /// `.invalidQuery` when only exclusions were given.
    public static func parse(_ text: String) throws -> SearchQuery {
        var required: [[Term]] = []
        var excluded: [Term] = []
        var joinNext = false
        for token in QueryTokenizer.tokens(in: text) {
            switch token {
            case .or:
                joinNext = !required.isEmpty
            case let .term(words, prefix, negated):
                let term = Term.phrase(words, prefix: prefix)
                if negated {
                    excluded.append(term)
                } else if joinNext, !required.isEmpty {
                    required[required.count - 1].append(term)
                } else {
                    required.append([term])
                }
                joinNext = false
            }
        }
        if required.isEmpty {
            if excluded.isEmpty { throw ArchiveError.emptyQuery }
            throw ArchiveError.invalidQuery("a query needs at least one word to look for, not only words to leave out")
        }
        return SearchQuery(required: required, excluded: excluded)
    }

    /// The FTS5 MATCH expression: every term a quoted string, so no input is ever syntax.
    public var ftsExpression: String {
        var expression = required.map { group in
            group.count == 1 ? Self.fts(group[0]) : "(" + group.map(Self.fts).joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        for term in excluded { expression += " NOT " + Self.fts(term) }
        return expression
    }

    /// The required terms alone, for matching paragraphs when exclusions apply to whole articles.
    public var requiredExpression: String {
        SearchQuery(required: required).ftsExpression
    }

    /// Any excluded term: an article where one appears is left out. Nil without exclusions.
    public var exclusionExpression: String? {
        excluded.isEmpty ? nil : excluded.map(Self.fts).joined(separator: " OR ")
    }

    /// The same query with its plain words required to stand together, for ranking: nil when
    /// that would not differ (a single term, alternatives, or phrases already).
    public var adjacentPhraseExpression: String? {
        guard required.count > 1, required.allSatisfy({ $0.count == 1 }) else { return nil }
        var words: [String] = []
        for group in required {
            guard case let .phrase(termWords, prefix) = group[0], !prefix else { return nil }
            words += termWords
        }
        return Self.fts(.phrase(words, prefix: false))
    }

    /// All the words searched for, for highlighting and for the terms a person sees echoed.
    public var words: [String] {
        required.flatMap { $0 }.flatMap { term -> [String] in
            if case let .phrase(words, _) = term { return words }
            return []
        }
    }

    private static func fts(_ term: Term) -> String {
        switch term {
        case let .phrase(words, prefix):
            // Words hold only letters and digits (QueryTokenizer), so no quote can reach here.
            return "\"" + words.joined(separator: " ") + "\"" + (prefix ? "*" : "")
        }
    }
}
