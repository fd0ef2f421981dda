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
    /// (the data's tokenization is the truth) whose kind and sentence start are the `Tokenizer`'s
    /// where it reads the word the same way.
    private static func sentence(_ words: [Substring], _ tags: [EntityTag]) -> Sentence {
        var scalars: [Unicode.Scalar] = []
        var spans: [Range<Int>] = []
        for word in words {
            if !scalars.isEmpty { scalars.append(" ") }
            let start = scalars.count
            scalars.append(contentsOf: word.unicodeScalars)
            spans.append(start..<scalars.count)
        }
        var kinds: [Int: Token.Kind] = [:]  // by start, for tokens that are whole words
        for token in Tokenizer().tokenize(scalars) { kinds[token.start] = token.kind }
        var tokens: [Token] = []
        var sentenceStart = true
        for span in spans {
            let kind = kinds[span.lowerBound] ?? .word
            let token = Token(start: span.lowerBound, end: span.upperBound, kind: kind, startsSentence: sentenceStart)
            tokens.append(token)
            sentenceStart = Tokenizer.sentenceStarts(after: token, in: scalars)
        }
        return Sentence(scalars: scalars, tokens: tokens, tags: tags)
    }
}
