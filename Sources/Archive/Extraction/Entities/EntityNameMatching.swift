import Foundation

/// Whether names from different articles belong to one entity: pure functions for the store,
/// which merges people across the archive.
///
/// - `key(for:)` folds what spellings of one name differ in: case, diacritics, punctuation,
///   honorifics, doubled letters and the transliterations of a Slavic "-ий" ending, so
///   "Zelenskyy", "Zelenskiy" and "Zelensky" share a key, as do "J.D. Vance" and "JD Vance".
/// - `isSamePerson(_:_:)` merges two names only on evidence inside the names: the same key, or
///   the same surname with compatible given names ("Donald J. Trump", "Donald Trump", "D. Trump").
///   Two people who only share a surname ("Bill Clinton", "Hillary Clinton") never merge, and
///   neither does a bare surname with a full name.
/// - `fullName(for:among:)` settles a bare surname with the archive as evidence: it stands
///   for the one full name with that surname, and for nobody when there are several.
public enum EntityNameMatching {
    /// The folded words of `name`, without honorifics, joined by single spaces.
    public static func key(for name: String) -> String {
        words(of: name).joined(separator: " ")
    }

    /// The folded surname (the last word) of `name`.
    public static func surnameKey(for name: String) -> String {
        words(of: name).last ?? ""
    }

    /// Whether `a` and `b` clearly name the same person; see the type's documentation.
    public static func isSamePerson(_ a: String, _ b: String) -> Bool {
        let first = words(of: a)
        let second = words(of: b)
        guard let surname = first.last, !surname.isEmpty, surname == second.last else { return false }
        if first == second { return true }
        guard first.count >= 2, second.count >= 2 else { return false }
        return givenNamesAgree(first[0], second[0])
    }

    /// The one name among `candidates` that `name` can stand for: a candidate that is the same
    /// person, or, for a bare surname, the only candidate with that surname. Nil when there is
    /// none, or more than one person it could be.
    public static func fullName(for name: String, among candidates: [String]) -> String? {
        let folded = words(of: name)
        guard let surname = folded.last else { return nil }
        var people: [String: String] = [:]  // key -> the longest spelling
        for candidate in candidates {
            let candidateWords = words(of: candidate)
            let matches = folded.count == 1 ? candidateWords.last == surname : isSamePerson(name, candidate)
            guard matches, candidateWords.count >= folded.count else { continue }
            // Spellings of one person count once: merge keys whose given names agree.
            let key = people.keys.first { isSamePerson($0, candidateWords.joined(separator: " ")) } ?? candidateWords.joined(separator: " ")
            if let known = people[key], known.count >= candidate.count { continue }
            people[key] = candidate
        }
        return people.count == 1 ? people.values.first : nil
    }

    // MARK: Folding

    static func words(of name: String) -> [String] {
        let folded = folded(name)
        var words: [String] = []
        var current = ""
        func endWord() {
            if !current.isEmpty && !honorifics.contains(current) { words.append(normalizedSpelling(current)) }
            current = ""
        }
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic {
                current.unicodeScalars.append(scalar)
            } else if scalar == "." || scalar == "'" || scalar == "\u{2019}" {
                continue  // "J.D." is "jd", "O'Brien" is "obrien"
            } else {
                endWord()
            }
        }
        endWord()
        return words
    }

    /// `name` without case, diacritics and width differences. An ASCII name, as most are, needs
    /// only lower case, which is all that Foundation's folding (slow on Linux) does to ASCII.
    static func folded(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return name.lowercased() }
        return name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// One spelling for the variants transliteration produces: doubled letters written once,
    /// and a final "iy", "yi", "ij" or "ii" written "y".
    static func normalizedSpelling(_ word: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in word.unicodeScalars where out.last != scalar { out.append(scalar) }
        var result = String(out)
        for ending in ["iy", "yi", "ij", "ii"] where result.count > 4 && result.hasSuffix(ending) {
            result = String(result.dropLast(2)) + "y"
            break
        }
        return result
    }

    /// Given names agree when equal or when one is the other's initial. A shortened name is
    /// not enough: "Dan Smith" and "Dana Smith" are different people.
    private static func givenNamesAgree(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return short.count == 1 && long.hasPrefix(short)
    }

    private static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mme", "prof"]
}
