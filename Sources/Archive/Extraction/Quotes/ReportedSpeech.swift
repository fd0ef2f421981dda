/// Reported speech found in a sentence: the reported words (one or two token ranges, as in
/// `The plan, he said, will fail`) and who reported them.
struct ReportedSpeech: Equatable {
    var content: [Range<Int>]
    var attribution: Attribution
    /// True for a participle clause (", adding that …") whose speaker is the previous one.
    var continuesPreviousSpeaker = false
}
