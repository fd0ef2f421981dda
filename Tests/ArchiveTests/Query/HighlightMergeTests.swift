import Testing
@testable import Archive

/// FTS5 marks each matched token; words matched side by side read better marked once.
@Suite("Merging adjacent highlights")
struct HighlightMergeTests {
    private static func marked(_ word: String) -> String { "\u{2}\(word)\u{3}" }

    @Test func wordsMarkedSideBySideAreMarkedOnce() {
        let snippet = "offer " + Self.marked("security") + " " + Self.marked("guarantees") + " for Kyiv"
        #expect(ArticleSearch.mergeAdjacentHighlights(snippet) == "offer " + Self.marked("security guarantees") + " for Kyiv")
    }

    @Test func aRunOfThreeBecomesOneMark() {
        let snippet = [Self.marked("Bank"), Self.marked("of"), Self.marked("England")].joined(separator: " ")
        #expect(ArticleSearch.mergeAdjacentHighlights(snippet) == Self.marked("Bank of England"))
    }

    @Test func marksWithWordsBetweenStayApart() {
        let snippet = Self.marked("security") + " and " + Self.marked("guarantees")
        #expect(ArticleSearch.mergeAdjacentHighlights(snippet) == snippet)
    }

    @Test func otherTextIsLeftAsItIs() {
        for snippet in ["", "no marks at all", "café «Київ» 東京 " + Self.marked("Zelenskyy") + "…", "\u{3} ", "ends with \u{3} \u{2}"] {
            let expected = snippet.hasSuffix("\u{3} \u{2}") ? String(snippet.dropLast(3)) + " " : snippet
            #expect(ArticleSearch.mergeAdjacentHighlights(snippet) == expected)
        }
    }
}
