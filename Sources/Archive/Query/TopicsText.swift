import Foundation

/// How topics and related articles read text: words as FTS5's unicode61 tokenizer sees them,
/// lower-cased, in clauses (n-grams never span a full stop or a comma), and the words that
/// say nothing about a subject.
enum TopicsText {
    /// The clauses of `text`, each a list of lower-cased words. An apostrophe inside a word
    /// keeps it whole for display ("trump's"); FTS5 sees it as two tokens, and `ftsExpression`
    /// splits it the same way.
    static func clauses(in text: String) -> [[String]] {
        var clauses: [[String]] = []
        var clause: [String] = []
        // UTF-8 bytes: appending to a String scalar by scalar is several times slower.
        var word: [UInt8] = []
        var wordIsASCII = true
        var pendingApostrophe = false
        func endWord() {
            if !word.isEmpty {
                let text = String(decoding: word, as: UTF8.self)
                clause.append(wordIsASCII ? text : text.lowercased())
            }
            word.removeAll(keepingCapacity: true)
            wordIsASCII = true
            pendingApostrophe = false
        }
        func endClause() {
            endWord()
            if !clause.isEmpty { clauses.append(clause) }
            clause.removeAll()
        }
        for scalar in text.unicodeScalars {
            switch kind(of: scalar) {
            case .letter:
                if pendingApostrophe { word.append(UInt8(ascii: "'")) }
                pendingApostrophe = false
                if scalar.isASCII {
                    // ASCII letters are lower-cased here; other words by `lowercased()` above.
                    let byte = UInt8(scalar.value)
                    word.append((65...90).contains(byte) ? byte + 32 : byte)
                } else {
                    wordIsASCII = false
                    word.append(contentsOf: UTF8.encode(scalar)!)
                }
            case .apostrophe where !word.isEmpty && !pendingApostrophe:
                pendingApostrophe = true
            case .wordBreak, .apostrophe:
                endWord()
            case .clauseBreak:
                endClause()
            }
        }
        endClause()
        return clauses
    }

    private enum ScalarKind {
        case letter, apostrophe, wordBreak, clauseBreak
    }

    /// Letters and digits as unicode61 reads them; ASCII, most of news text, without a table lookup.
    private static func kind(of scalar: Unicode.Scalar) -> ScalarKind {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": return .letter
        case "'", "’": return .apostrophe
        case " ", "\t", "\n", "-", "‐", "/", "&": return .wordBreak
        default:
            if scalar.isASCII { return .clauseBreak }
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark {
                return .letter
            }
            return properties.isWhitespace ? .wordBreak : .clauseBreak
        }
    }

    /// The FTS5 phrase for words as `clauses` gives them.
    static func ftsExpression(_ words: [String]) -> String {
        SearchQuery(required: [[.phrase(words.flatMap(QueryTokenizer.words), prefix: false)]]).ftsExpression
    }

    /// A word that can carry a subject: not a stop word, not a number, at least two letters.
    static func isContentWord(_ word: String) -> Bool {
        word.unicodeScalars.count >= 2 && !stopWords.contains(word)
            && !word.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
            && !(word.hasSuffix("'s") && stopWords.contains(String(word.dropLast(2))))
    }

    /// English function words, and the words of news reporting itself ("said", "told",
    /// "according", days and months), which every period is full of.
    static let stopWords: Set<String> = [
        "a", "about", "above", "across", "after", "again", "against", "ago", "all", "almost", "along", "already",
        "also", "although", "always", "am", "among", "an", "and", "another", "any", "anyone", "anything", "are",
        "aren't", "around", "as", "at", "back", "be", "became", "because", "become", "been", "before", "being",
        "below", "between", "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't",
        "do", "does", "doesn't", "doing", "don't", "done", "down", "during", "each", "either", "else", "enough",
        "even", "ever", "every", "few", "first", "for", "from", "further", "get", "gets", "getting", "go", "goes",
        "going", "got", "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "he'd", "he'll",
        "he's", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "i'd", "i'll",
        "i'm", "i've", "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself", "just", "last", "later",
        "least", "less", "let", "let's", "like", "likely", "made", "make", "makes", "many", "may", "me", "might",
        "more", "most", "much", "must", "my", "myself", "near", "need", "never", "new", "next", "no", "nor", "not",
        "now", "of", "off", "often", "on", "once", "one", "only", "or", "other", "others", "our", "ours",
        "ourselves", "out", "over", "own", "per", "perhaps", "put", "rather", "really", "same", "see", "seen",
        "several", "shall", "she", "she'd", "she'll", "she's", "should", "shouldn't", "since", "so", "some",
        "something", "still", "such", "take", "than", "that", "that's", "the", "their", "theirs", "them",
        "themselves", "then", "there", "there's", "these", "they", "they'd", "they'll", "they're", "they've",
        "thing", "things", "this", "those", "though", "through", "thus", "to", "too", "took", "toward", "towards",
        "two", "under", "until", "up", "upon", "us", "use", "used", "very", "via", "want", "was", "wasn't", "way",
        "we", "we'd", "we'll", "we're", "we've", "well", "were", "weren't", "what", "what's", "when", "where",
        "whether", "which", "while", "who", "who's", "whom", "whose", "why", "will", "with", "within", "without",
        "won't", "would", "wouldn't", "yet", "you", "you'd", "you'll", "you're", "you've", "your", "yours",
        "yourself", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "year", "years", "day", "days",
        "week", "weeks", "month", "months", "time", "times", "part", "people",
        // Reporting
        "said", "says", "say", "saying", "told", "tell", "tells", "according", "added", "asked", "noted", "stated",
        "reported", "reports", "report", "statement", "mr", "mrs", "ms", "dr", "news", "reuters", "ap", "afp",
        "today", "yesterday", "tomorrow", "tonight", "earlier", "recent", "recently",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        // Page furniture that survives article extraction
        "click", "subscribe", "newsletter", "copyright", "reserved", "advertisement", "image", "caption", "photo",
        "getty", "images", "video", "share", "email", "follow", "read", "updated", "published",
    ]
}
