/// A quotation as found in the text, before its speaker is named.
struct QuoteDraft: Equatable {
    /// The quoted or reported words; more than one piece when an attribution or a paragraph break interrupts them.
    var pieces: [TextPlace]
    var kind: QuoteKind
    /// The words naming the speaker, when the text gives any.
    var speaker: TextPlace?
    var cue: String?
    /// No attribution of its own: the speaker is the previous quotation's (`“…,” he said. ¶ “…”`).
    var inheritsSpeaker = false

    var first: TextPlace { pieces[0] }
    var last: TextPlace { pieces[pieces.count - 1] }
}
