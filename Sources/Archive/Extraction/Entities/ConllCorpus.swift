/// Reads CoNLL-2003 data (one token and its tags per line, blank lines between sentences,
/// `-DOCSTART-` between documents) into documents the tagger can train and be scored on.
struct ConllCorpus {
    struct Sentence {
        var scalars: [Unicode.Scalar]
        var tokens: [Token]
        var tags: [EntityTag]
    }

    /// Each document's sentences.
    var documents: [[Sentence]]

    enum ReadError: Error, CustomStringConvertible {
        case unknownTag(line: Int, tag: String)
        var description: String {
            switch self {
            case .unknownTag(let line, let tag): "unknown tag \(tag) on line \(line); expected O, B-PER, I-ORG and the like"
            }
        }
    }

    init(text: String) throws {
        documents = []
        var document: [Sentence] = []
        var words: [Substring] = []
        var tags: [EntityTag] = []
        func endSentence() {
            if !words.isEmpty { document.append(Self.sentence(words, tags)) }
            words = []
            tags = []
        }
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let fields = line.split(separator: " ")
            if fields.isEmpty {
                endSentence()
            } else if fields[0] == "-DOCSTART-" {
                endSentence()
                if !document.isEmpty { documents.append(document) }
                document = []
            } else {
                guard let tag = EntityTag(conll: fields[fields.count - 1]) else {
                    throw ReadError.unknownTag(line: lineNumber, tag: String(fields[fields.count - 1]))
                }
                words.append(fields[0])
                tags.append(tag)
            }
        }
        endSentence()
        if !document.isEmpty { documents.append(document) }
    }

    /// The sentence as the extractor would see it: words joined by spaces, each word one token
    /// whose kind and sentence start follow the `Tokenizer`'s rules.
    private static func sentence(_ words: [Substring], _ tags: [EntityTag]) -> Sentence {
        var scalars: [Unicode.Scalar] = []
        var tokens: [Token] = []
        let tokenizer = Tokenizer()
        var sentenceStart = true
        for word in words {
            if !scalars.isEmpty { scalars.append(" ") }
            let start = scalars.count
            scalars.append(contentsOf: word.unicodeScalars)
            let own = tokenizer.tokenize(Array(word.unicodeScalars))
            let kind: Token.Kind = own.count == 1 ? own[0].kind : (own.first?.kind ?? .punctuation)
            let token = Token(start: start, end: scalars.count, kind: kind, startsSentence: sentenceStart)
            tokens.append(token)
            sentenceStart = Tokenizer.sentenceStarts(after: token, in: scalars)
        }
        return Sentence(scalars: scalars, tokens: tokens, tags: tags)
    }
}
