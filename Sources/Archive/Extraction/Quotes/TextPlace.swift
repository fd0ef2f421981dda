/// A place in an article: a paragraph and a scalar range within it.
struct TextPlace: Equatable {
    var paragraph: Int
    var range: Range<Int>
}
