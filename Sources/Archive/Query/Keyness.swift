import Foundation

/// Dunning's log-likelihood ratio (G²) for a word's frequency in one corpus against another:
/// how surprising the difference is, given the corpora's sizes.
///
/// Dunning, "Accurate methods for the statistics of surprise and coincidence" (1993); the
/// two-corpus form is Rayson and Garside's (2000). Unlike a ratio of frequencies, G² stays
/// small for rare words, so one odd word in one article does not top the list.
enum Keyness {
    /// G² for `a` occurrences in a study corpus of `c` and `b` in a reference corpus of `d`.
    static func logLikelihood(_ a: Double, of c: Double, against b: Double, of d: Double) -> Double {
        guard c > 0, d > 0, a + b > 0 else { return 0 }
        let expectedA = c * (a + b) / (c + d)
        let expectedB = d * (a + b) / (c + d)
        var sum = 0.0
        if a > 0 { sum += a * log(a / expectedA) }
        if b > 0 { sum += b * log(b / expectedB) }
        return 2 * sum
    }

    /// Whether the word is more frequent in the study corpus than in the reference.
    static func isOverRepresented(_ a: Double, of c: Double, against b: Double, of d: Double) -> Bool {
        c > 0 && (d == 0 || a / c > b / d)
    }
}
