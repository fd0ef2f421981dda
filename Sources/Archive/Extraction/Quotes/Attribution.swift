/// Who is said to speak, and with which verb.
struct Attribution: Equatable {
    /// Token range of the speaker's words; nil when the text names nobody (`In a statement: “…”`).
    var speaker: Range<Int>?
    /// Token range of the cue ("said", "according to"); nil for a signed quote (`“…” ― Carlos Raúl`) or a bare colon.
    var cue: Range<Int>?
}
