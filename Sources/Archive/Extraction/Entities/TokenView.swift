/// What the tagger knows about one token, as hashes: computed once per token so that the
/// features built from it never allocate a string.
struct TokenView {
    struct Flags: OptionSet {
        let rawValue: UInt16
        static let initialUpper = Flags(rawValue: 1 << 0)
        /// Two or more letters, all upper case ("NATO", "LONDON").
        static let allUpper = Flags(rawValue: 1 << 1)
        static let hasDigit = Flags(rawValue: 1 << 2)
        static let hasLetter = Flags(rawValue: 1 << 3)
        static let sentenceStart = Flags(rawValue: 1 << 4)
        /// The token sits in a sentence written in capitals (a headline).
        static let capsSentence = Flags(rawValue: 1 << 5)
        /// The document also writes this word in lower case, away from a sentence start.
        static let lowerSeen = Flags(rawValue: 1 << 6)
        /// The document also writes this word capitalised but not in capitals, away from a sentence start.
        static let titleSeen = Flags(rawValue: 1 << 7)
        static let punctuation = Flags(rawValue: 1 << 10)
        static let allLower = Flags(rawValue: 1 << 11)
        /// A capitalised word that the training text writes in lower case (see `CommonWords`).
        static let commonWord = Flags(rawValue: 1 << 12)
    }

    var word: UInt64 = 0
    var lower: UInt64 = 0
    var shape: UInt64 = 0
    var prefix1: UInt64 = 0, prefix2: UInt64 = 0, prefix3: UInt64 = 0
    var suffix1: UInt64 = 0, suffix2: UInt64 = 0, suffix3: UInt64 = 0, suffix4: UInt64 = 0
    var length: Int = 0
    var flags: Flags = []
    /// `Gazetteer.Category` bits, with `Gazetteer.continuation` set inside a multi-word entry.
    var gazetteer: UInt32 = 0
    /// For a capitalised word, what the first pass made of its other capitalised occurrences in
    /// the document, most of them: 0 no other occurrence, 1 no name, else 2 + `EntityType`.
    var documentType: UInt8 = 0
    /// For the second pass, the first pass's tag here, plus one (0 in the first pass).
    var firstPassTag: UInt8 = 0

    /// The views of `tokens` in `scalars`, with sentence-level flags set (document flags come later).
    static func views(of tokens: [Token], in scalars: [Unicode.Scalar], commonWords: CommonWords) -> [TokenView] {
        var views = [TokenView]()
        views.reserveCapacity(tokens.count)
        for token in tokens {
            var view = TokenView(token, in: scalars)
            if view.flags.contains(.initialUpper) && commonWords.contains(lower: view.lower) { view.flags.insert(.commonWord) }
            views.append(view)
        }
        markCapsSentences(&views)
        Gazetteer.shared.annotate(&views)
        return views
    }

    init(_ token: Token, in s: [Unicode.Scalar]) {
        var word = FeatureHash.seed
        var lower = FeatureHash.seed
        var shape = FeatureHash.seed
        var lastShape: UInt32 = 0
        var upperCount = 0, lowerCount = 0, letterCount = 0
        var prefix = FeatureHash.seed
        // The last four lower-case scalars, newest first, for the suffix hashes.
        var tail: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        var hasDigit = false
        var index = 0
        for k in token.start..<token.end {
            var c = s[k].value
            // Read typographic marks as the plain ones of the training text.
            if c == 0x2019 || c == 0x2018 || c == 0x02BC { c = 39 }  // '
            if c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB { c = 34 }  // "
            if c == 0x2013 || c == 0x2010 || c == 0x2011 || c == 0x2014 { c = 45 }  // -
            word = FeatureHash.add(word, c)
            var folded = c
            var shapeClass: UInt32
            if c >= 65 && c <= 90 {
                folded = c + 32; shapeClass = 88; upperCount += 1; letterCount += 1  // X
            } else if c >= 97 && c <= 122 {
                shapeClass = 120; lowerCount += 1; letterCount += 1  // x
            } else if c >= 48 && c <= 57 {
                folded = 48; shapeClass = 100; hasDigit = true  // d
            } else if c >= 128, let scalar = Unicode.Scalar(c), scalar.properties.isAlphabetic {
                letterCount += 1
                if scalar.properties.isUppercase {
                    upperCount += 1; shapeClass = 88
                    folded = scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? c
                } else {
                    lowerCount += 1; shapeClass = 120
                }
            } else {
                shapeClass = c
            }
            lower = FeatureHash.add(lower, folded)
            if shapeClass != lastShape { shape = FeatureHash.add(shape, shapeClass); lastShape = shapeClass }
            if index < 3 {
                prefix = FeatureHash.add(prefix, folded)
                switch index {
                case 0: prefix1 = prefix
                case 1: prefix2 = prefix
                default: prefix3 = prefix
                }
            }
            tail = (folded, tail.0, tail.1, tail.2)
            index += 1
        }
        self.word = word
        self.lower = lower
        self.shape = shape
        self.length = index
        if index < 2 { prefix2 = prefix1 }
        if index < 3 { prefix3 = prefix2 }
        suffix1 = FeatureHash.add(FeatureHash.seed, tail.0)
        suffix2 = FeatureHash.add(suffix1, tail.1)
        suffix3 = FeatureHash.add(suffix2, tail.2)
        suffix4 = FeatureHash.add(suffix3, tail.3)
        var flags: Flags = []
        if letterCount > 0 { flags.insert(.hasLetter) }
        if hasDigit { flags.insert(.hasDigit) }
        if let first = s[token.start...].first, Tokenizer.isUppercase(first) { flags.insert(.initialUpper) }
        if letterCount >= 2 && lowerCount == 0 { flags.insert(.allUpper) }
        if letterCount > 0 && upperCount == 0 { flags.insert(.allLower) }
        if token.startsSentence { flags.insert(.sentenceStart) }
        if token.kind == .punctuation { flags.insert(.punctuation) }
        self.flags = flags
    }

    /// Marks the tokens of sentences written mostly in capitals: headlines, which name things
    /// without the help of case.
    private static func markCapsSentences(_ views: inout [TokenView]) {
        var start = 0
        while start < views.count {
            var end = start + 1
            while end < views.count && !views[end].flags.contains(.sentenceStart) { end += 1 }
            var capitals = 0, words = 0
            for k in start..<end where views[k].flags.contains(.hasLetter) && views[k].length > 1 {
                words += 1
                if views[k].flags.contains(.allUpper) { capitals += 1 }
            }
            if words >= 2 && capitals * 2 > words || words == 1 && capitals == 1 && end - start > 1 {
                for k in start..<end { views[k].flags.insert(.capsSentence) }
            }
            start = end
        }
    }

    /// Sets the document-level flags: whether each capitalised word also appears in lower case,
    /// or in title case, elsewhere in the document (all of `documents` are one document's sentences).
    static func markDocumentCase(_ document: inout [[TokenView]]) {
        let tokens = document.reduce(0) { $0 + $1.count }
        var lowerForms = IntegerKeySet(capacity: tokens)
        var titleForms = IntegerKeySet(capacity: tokens)
        for sentence in document {
            for view in sentence where !view.flags.contains(.sentenceStart) && !view.flags.contains(.capsSentence) {
                if view.flags.contains(.allLower) { lowerForms.insert(view.lower) }
                if view.flags.contains(.initialUpper) && !view.flags.contains(.allUpper) { titleForms.insert(view.lower) }
            }
        }
        for s in document.indices {
            for k in document[s].indices where document[s][k].flags.contains(.hasLetter) {
                let lower = document[s][k].lower
                if lowerForms.contains(lower) { document[s][k].flags.insert(.lowerSeen) }
                if titleForms.contains(lower) { document[s][k].flags.insert(.titleSeen) }
            }
        }
    }
}

extension TokenView {
    /// Whether the word ends like a nationality or language ("Chechen", "Burundian", "Congolese",
    /// "Kurdish", "Pakistani", "Dutch"), by the hashes of its last three or four letters.
    var looksLikeNationality: Bool {
        flags.contains(.initialUpper) && length > 4 && (Self.nationalitySuffixes.contains(suffix3) || Self.nationalitySuffixes.contains(suffix4))
    }

    private static let nationalitySuffixes: Set<UInt64> = {
        let endings = ["ian", "ean", "ese", "ish", "ican", "ani", "eli", "aqi", "chen", "tch", "ench"]
        return Set(endings.map { ending in
            ending.unicodeScalars.reversed().reduce(FeatureHash.seed) { FeatureHash.add($0, $1.value) }
        })
    }()

    /// Sets `documentType` and `firstPassTag` from the first pass's `tags` of each sentence of one document.
    static func markDocumentTypes(_ document: inout [[TokenView]], tags: [[EntityTag]]) {
        // Per word, five counts: no name, then each EntityType.
        let slots = 5
        var words = IntegerKeyMap<Int>(capacity: 256)
        var counts: [Int32] = []
        func slot(_ tag: EntityTag) -> Int { tag.type.map { Int($0.rawValue) + 1 } ?? 0 }
        for (views, sentenceTags) in zip(document, tags) {
            for (view, tag) in zip(views, sentenceTags) where view.flags.contains(.initialUpper) {
                let word: Int
                if let known = words[view.lower] {
                    word = known
                } else {
                    word = counts.count / slots
                    words.set(word, for: view.lower)
                    counts.append(contentsOf: repeatElement(0, count: slots))
                }
                counts[word * slots + slot(tag)] += 1
            }
        }
        for s in document.indices {
            for k in document[s].indices { document[s][k].firstPassTag = tags[s][k].rawValue + 1 }
            for k in document[s].indices where document[s][k].flags.contains(.initialUpper) {
                guard let word = words[document[s][k].lower] else { continue }
                // The most frequent of the other occurrences' slots, the first on a tie.
                let own = slot(tags[s][k])
                var best = 0
                var top: Int32 = 0
                for index in 0..<slots {
                    let count = counts[word * slots + index] - (index == own ? 1 : 0)
                    if count > top { top = count; best = index }
                }
                if top > 0 { document[s][k].documentType = UInt8(best + 1) }
            }
        }
    }
}

/// FNV-1a for the token hashes, and a strong mix for combining them into feature slots.
enum FeatureHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) static func add(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
    }

    @inline(__always) static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = (a &* 0x9E37_79B9_7F4A_7C15) ^ b
        h ^= h >> 31
        h = h &* 0xD6E8_FEB8_6659_FD93
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return h
    }

    /// The hash of `text` as `TokenView.lower` computes it, for gazetteer entries.
    static func lower(_ text: Substring) -> UInt64 {
        let scalars = Array(text.unicodeScalars)
        let token = Token(start: 0, end: scalars.count, kind: .word)
        return TokenView(token, in: scalars).lower
    }
}
