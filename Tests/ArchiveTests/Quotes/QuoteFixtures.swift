@testable import Archive

/// Hand-made entity mentions, so that quote tests never depend on the entity tagger.
enum QuoteFixtures {
    /// A person mention of `words` (its first occurrence at or after `after`) in `paragraphs[paragraph]`, by scalar offsets.
    static func person(
        _ words: String, name: String, in paragraphs: [String], paragraph: Int, after: Int = 0, role: String? = nil
    ) -> EntityMention {
        let scalars = Array(paragraphs[paragraph].unicodeScalars)
        let target = Array(words.unicodeScalars)
        var start = after
        while start + target.count <= scalars.count, Array(scalars[start..<start + target.count]) != target { start += 1 }
        precondition(start + target.count <= scalars.count, "“\(words)” is not in paragraph \(paragraph)")
        return EntityMention(text: words, kind: .person, name: name, paragraph: paragraph, start: start, end: start + target.count, role: role)
    }

    /// The scalar offset of `words` in `paragraph`.
    static func offset(of words: String, in paragraph: String) -> Int? {
        let scalars = Array(paragraph.unicodeScalars)
        let target = Array(words.unicodeScalars)
        guard target.count <= scalars.count else { return nil }
        return (0...(scalars.count - target.count)).first { Array(scalars[$0..<$0 + target.count]) == target }
    }

    static func extract(_ paragraphs: [String], _ entities: [EntityMention] = []) -> [Quotation] {
        QuoteExtractor().extract(paragraphs: paragraphs, entities: entities)
    }
}
