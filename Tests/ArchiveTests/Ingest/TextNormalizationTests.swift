import Testing
@testable import Archive

/// Every stored string is cleaned the same way, whether its text is all ASCII (cleaned as
/// bytes) or not (cleaned as scalars).
@Suite("Text clean-up")
struct TextNormalizationTests {
    @Test(arguments: ["", "é", " «Noël»"])
    func controlsGoAndWhiteSpaceFoldsWhateverElseTheTextHolds(tail: String) {
        // DEL and other controls go; NUL separates words, as white space does.
        #expect(TextNormalization.clean("  a\t\u{1}b \r\n c\u{7F}\u{0}d  " + tail) == "a b c d" + (tail.isEmpty ? "" : " " + tail.drop { $0 == " " }))
    }

    @Test func onlyTextBeyondASCIIIsComposed() {
        #expect(TextNormalization.clean("Cafe\u{0301} au lait") == "Café au lait")
        #expect(TextNormalization.clean("plain\u{0}text") == "plain text")
    }
}

/// What the writer derives from an article is computed once, with the extraction.
@Suite("Prepared articles")
struct PreparedArticleTests {
    private static let words = (1...60).map { "word\($0)" }.joined(separator: " ")

    @Test func theHashIsTheContentFingerprintAndTheSignatureThatOfTheParagraphs() throws {
        let draft = ArticleDraft(origin: "a.txt", title: "Title", paragraphs: [Self.words, "Second, paragraph!"])
        let prepared = PreparedArticle(ExtractedArticle(article: draft))
        #expect(prepared.hash == ContentFingerprint.hash(of: draft))
        #expect(prepared.signature == MinHash(paragraphs: draft.paragraphs))
        #expect(prepared.signature != nil)
    }

    @Test func theHashIsTheFirstSixteenBytesOfTheWordsSHA256() {
        let draft = ArticleDraft(origin: "a.txt", title: "Title", paragraphs: ["Abc,  DEF!", "ghi"])
        let digest = SHA256.hash(Array("abc def ghi ".utf8))
        #expect(ContentFingerprint.hash(of: draft) == Array(digest.prefix(16)))
    }

    @Test func anArticleWithoutParagraphsHasATitleHashAndNoSignature() {
        let draft = ArticleDraft(origin: "a.txt", title: Self.words, paragraphs: [])
        let prepared = PreparedArticle(ExtractedArticle(article: draft))
        #expect(prepared.hash == ContentFingerprint.hash(of: draft))
        #expect(prepared.signature == nil)
    }
}
