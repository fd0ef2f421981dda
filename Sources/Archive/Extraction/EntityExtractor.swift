/// Finds the people, organizations and places an article names.
///
/// A statistical tagger (`SequenceTagger`: two averaged-perceptron passes trained on CoNLL-2003,
/// the second reading what the first found elsewhere in the article) proposes names; rules then
/// split a role before a person's name off as `role` ("Foreign Minister"), mend organization
/// forms the 1996 training text lacks ("Coalition of the Willing"), give a name one kind
/// throughout the article, find it again where the tagger missed it, and name each person by
/// the fullest form the article gives ("Trump" → "Donald Trump").
///
/// A pure function of the text: no database, no files; the weights are compiled in.
public struct EntityExtractor: Sendable {
    public init() {}

    /// Mentions in the title (`paragraph == nil`) and in each paragraph, in text order.
    public func extract(title: String?, paragraphs: [String]) -> [EntityMention] {
        let tagger = SequenceTagger.trained
        let document = ArticleText(title: title, paragraphs: paragraphs, commonWords: tagger.commonWords)
        guard document.tokenCount > 0 else { return [] }
        let tags = tagger.tag(document: document.texts.map(\.views))
        var spans = tags.indices.flatMap { NameSpan.spans(in: tags[$0], text: $0) }
        spans = RoleDetector.separateRoles(in: spans, of: document)
        spans = OrganizationRules.apply(to: spans, in: document)
        spans = DocumentConsistency.apply(to: spans, in: document).compactMap { $0.trimmingPunctuation(in: document) }
        let names = EntityAliasing.fullestNames(for: spans, in: document)
        return spans.indices.map { k in
            let span = spans[k]
            let text = document.texts[span.text]
            return EntityMention(
                text: text.string(span.start, span.end),
                kind: span.kind,
                name: names[k],
                paragraph: text.paragraph,
                start: text.tokens[span.start].start,
                end: text.tokens[span.end - 1].end,
                role: span.role
            )
        }
    }
}

/// A name the tagger (or a document rule) found: a run of tokens in one of the article's texts.
struct NameSpan: Equatable {
    var text: Int
    /// Token indices, end exclusive.
    var start: Int
    var end: Int
    var kind: EntityKind
    var role: String?

    /// The span without quotation marks or brackets at its edges ("'Coalition of the Willing'"
    /// is the name inside the marks); nil when nothing is left.
    func trimmingPunctuation(in document: ArticleText) -> NameSpan? {
        let tokens = document.texts[text].tokens
        var copy = self
        while copy.start < copy.end, tokens[copy.start].kind == .punctuation { copy.start += 1 }
        while copy.end > copy.start, tokens[copy.end - 1].kind == .punctuation { copy.end -= 1 }
        return copy.start < copy.end ? copy : nil
    }

    static func spans(in tags: [EntityTag], text: Int) -> [NameSpan] {
        PerceptronTrainer.spans(tags).compactMap { span in
            let kind: EntityKind? = switch span.type {
            case .person: .person
            case .organization: .organization
            case .place: .place
            case .misc: nil
            }
            return kind.map { NameSpan(text: text, start: span.start, end: span.end, kind: $0) }
        }
    }
}

/// The article's title and paragraphs, tokenized, with the tagger's views of every token.
struct ArticleText {
    struct Text {
        /// Nil for the title.
        var paragraph: Int?
        var scalars: [Unicode.Scalar]
        var tokens: [Token]
        var views: [TokenView]

        func string(_ start: Int, _ end: Int) -> String {
            String(scalars: scalars[tokens[start].start..<tokens[end - 1].end])
        }

        /// The lower-case hash of each token in `start..<end`, joined: a key for "the same words".
        func key(_ start: Int, _ end: Int) -> UInt64 {
            var hash = FeatureHash.seed
            for k in start..<end { hash = FeatureHash.mix(hash, views[k].word) }
            return hash
        }
    }

    var texts: [Text]

    init(title: String?, paragraphs: [String], commonWords: CommonWords) {
        let tokenizer = Tokenizer()
        var texts: [Text] = []
        var views: [[TokenView]] = []
        texts.reserveCapacity(paragraphs.count + 1)
        views.reserveCapacity(paragraphs.count + 1)
        let sources = (title.map { [(Int?.none, $0)] } ?? []) + paragraphs.enumerated().map { (Int?.some($0.offset), $0.element) }
        for (paragraph, string) in sources {
            let scalars = Array(string.unicodeScalars)
            let tokens = tokenizer.tokenize(scalars)
            texts.append(Text(paragraph: paragraph, scalars: scalars, tokens: tokens, views: []))
            views.append(TokenView.views(of: tokens, in: scalars, commonWords: commonWords))
        }
        // The views join their texts only once marked, so that marking does not copy them.
        TokenView.markDocumentCase(&views)
        for k in texts.indices { texts[k].views = views[k] }
        self.texts = texts
    }

    var tokenCount: Int { texts.reduce(0) { $0 + $1.tokens.count } }
}
