import Foundation
import Testing
@testable import Archive

@Suite("Plain-text articles")
struct PlainTextReaderTests {
    private func read(_ text: String) throws -> ArticleDraft {
        try #require(PlainTextReader().parse(text, origin: "a.txt")).normalized()
    }

    @Test func shortFirstLineBeforeABlankLineIsTheTitle() throws {
        let article = try read("Ad sales boost Time Warner profit\n\nQuarterly profits rose 76%.\n\nThe firm said so.\n")
        #expect(article.title == "Ad sales boost Time Warner profit")
        #expect(article.paragraphs == ["Quarterly profits rose 76%.", "The firm said so."])
    }

    @Test func blankLinesSeparateParagraphsAndLineBreaksInsideAreJoined() throws {
        let article = try read("Title\n\nOne line\ncontinued here.\n\nSecond paragraph.")
        #expect(article.paragraphs == ["One line continued here.", "Second paragraph."])
    }

    @Test func linesLoseTheSpacesTabsAndNoBreakSpacesAroundThemAndWindowsLineEnds() throws {
        let article = try read("\t Title\u{00A0}\r\n\r\n  One line \r\ncontinued\u{2003}\r\n\r\nSecond.\u{00A0}\r")
        #expect(article.title == "Title")
        #expect(article.paragraphs == ["One line continued", "Second."])
    }

    @Test func aLongLastParagraphIsKeptWhateverItStartsWith() throws {
        let long = "Related content " + String(repeating: "and more words ", count: 40)
        let article = try read("Title\n\nFirst paragraph.\n\n\(long)")
        #expect(article.paragraphs.count == 2)
    }

    @Test func withoutBlankLinesEachLineIsAParagraph() throws {
        let article = try read("First paragraph is a whole sentence.\nSecond paragraph.\nThird.")
        #expect(article.paragraphs.count == 3)
    }

    @Test func titleIsDerivedFromTheLeadWhenTheTextHasNone() throws {
        let article = try read("Trump ruled out U.S. troops on Monday. He said more later.\nAnother paragraph.")
        #expect(article.title == "Trump ruled out U.S. troops on Monday.")
    }

    @Test func longLeadsGiveAShortenedTitle() throws {
        let lead = String(repeating: "word ", count: 60) + "end."
        let article = try read(lead + "\nSecond.")
        #expect(article.title.count <= LeadTitle.maximumLength + 1)
        #expect(article.title.hasSuffix("…"))
    }

    @Test func frontMatterGivesMetadata() throws {
        let article = try read("""
            ---
            title: "Talks in the Oval Office"
            date: 2025-08-18
            source: Example News
            url: https://example.com/talks
            authors: [Ann Lee, Bo Chen]
            ---
            Body paragraph one.

            Body paragraph two.
            """)
        #expect(article.title == "Talks in the Oval Office")
        #expect(article.published?.iso8601 == "2025-08-18")
        #expect(article.source == "Example News")
        #expect(article.url == "https://example.com/talks")
        #expect(article.authors == ["Ann Lee", "Bo Chen"])
        #expect(article.paragraphs == ["Body paragraph one.", "Body paragraph two."])
    }

    @Test func unreadableFrontMatterDateIsReportedAndNotInvented() throws {
        var problems: [InputProblem] = []
        let article = try #require(PlainTextReader().parse("---\ndate: sometime soon\n---\nText.", origin: "a.txt") { problems.append($0) })
        #expect(article.published == nil)
        #expect(problems.count == 1)
    }

    @Test(arguments: ["Related content", "Read more", "Share this article", "Advertisement"])
    func trailingBoilerplateIsNotAParagraph(_ line: String) throws {
        let article = try read("Real paragraph one.\nReal paragraph two.\n\(line)\n")
        #expect(article.paragraphs == ["Real paragraph one.", "Real paragraph two."])
    }

    @Test(arguments: ["Prices rose 2.5 pct. REUTER", "Prices rose 2.5 pct.\nReuter", "Prices rose 2.5 pct. REUTER...", "Prices rose 2.5 pct. Reuters"])
    func aWireSignOffIsNotText(_ text: String) throws {
        let article = try read("Title\n\nFirst paragraph.\n\n" + text)
        #expect(article.paragraphs.last == "Prices rose 2.5 pct.")
    }

    @Test func theOldWireSignOffFollowsFiguresToo() throws {
        #expect(try read("Title\n\nDefence 9.4 mln vs 13.1 mln REUTER").paragraphs == ["Defence 9.4 mln vs 13.1 mln"])
    }

    @Test func aWireNameInsideTheTextStays() throws {
        let article = try read("Title\n\nThe story was first reported by Reuters")
        #expect(article.paragraphs == ["The story was first reported by Reuters"])
    }

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        // "Café €5 “ok”" in Windows-1252: é = E9, € = 80, curly quotes = 93 and 94.
        let text = TextDecoding.decode(Data(Array("Caf".utf8) + [0xE9, 0x20, 0x80, 0x35, 0x20, 0x93, 0x6F, 0x6B, 0x94]))
        #expect(text == "Café €5 “ok”")
    }

    @Test func utf8ByteOrderMarkIsDropped() {
        #expect(TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("Hi".utf8))) == "Hi")
    }

    @Test func textIsStoredInNFCWithoutControlCharacters() throws {
        let article = try read("Title\n\nCafe\u{301} \u{7}bell\u{200B}s   and  spaces")
        #expect(article.paragraphs == ["Café bells and spaces"])
        #expect(article.paragraphs[0].unicodeScalars.count == 21)
    }

    @Test func emptyFileIsAProblemNotAnArticle() {
        #expect(throws: InputProblem.self) {
            try PlainTextReader().read(InputDocument(origin: "empty.txt", data: Data("\n  \n".utf8)), emit: { _ in }, report: { _ in })
        }
    }
}
