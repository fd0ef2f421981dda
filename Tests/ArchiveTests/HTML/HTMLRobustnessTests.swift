import Foundation
import Testing
@testable import Archive

@Suite("HTML hostile input")
struct HTMLRobustnessTests {
    @Test(arguments: ["", "   \n\t  "])
    func emptyPageIsAOneLineProblem(text: String) {
        #expect(throws: InputProblem(origin: "empty.html", reason: "no article text found (the file is empty or blank)")) {
            try HTMLTestPages.read(text, origin: "empty.html")
        }
    }

    @Test func binaryDataIsAOneLineProblem() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        #expect(throws: InputProblem(origin: "image.html", reason: "not an HTML page (the file holds binary data)")) {
            try HTMLTestPages.read(bytes: png, origin: "image.html")
        }
    }

    @Test func markupWithoutTextIsAProblem() {
        #expect(throws: InputProblem.self) {
            try HTMLTestPages.read("<html><body><div><img src=a.png></div></body></html>")
        }
    }

    @Test func hundredThousandNestedElementsDoNotCrash() throws {
        let depth = 100_000
        let page = "<html><head><title>Deeply nested page</title></head><body>"
            + String(repeating: "<div><span>", count: depth) + "text at the bottom"
            + String(repeating: "</span></div>", count: depth) + "</body></html>"
        let draft = try HTMLTestPages.read(page)
        #expect(draft.title == "Deeply nested page")
    }

    @Test func deeplyNestedJSONLDIsIgnored() throws {
        let nesting = 100_000
        let page = "<html><head><title>Nested data page title</title><script type=\"application/ld+json\">"
            + String(repeating: "[", count: nesting) + String(repeating: "]", count: nesting)
            + "</script></head><body>\(HTMLTestPages.storyMarkup)</body></html>"
        #expect(try HTMLTestPages.read(page).title == "Nested data page title")
    }

    @Test func entitiesDeclaredByThePageAreNotExpanded() throws {
        let page = """
            <!DOCTYPE html [<!ENTITY boom "EXPANDED">]>
            <html><body><article><p>Before &boom; after, in a paragraph of its own.</p>\(HTMLTestPages.storyMarkup)</article></body></html>
            """
        let text = try HTMLTestPages.read(page).paragraphs.joined(separator: " ")
        #expect(!text.contains("EXPANDED"))
    }

    @Test func unclosedAndMisnestedTagsAreRecovered() throws {
        let page = "<html><body><div class=story><p>\(HTMLTestPages.storyParagraphs[0])<p><b><i>"
            + HTMLTestPages.storyParagraphs[1] + "</b></i><p>" + HTMLTestPages.storyParagraphs[2]
        let draft = try HTMLTestPages.read(page)
        #expect(draft.paragraphs == Array(HTMLTestPages.storyParagraphs.prefix(3)))
    }

    @Test func registryReadsHTMLWithThisReader() {
        #expect(ReaderRegistry.reader(for: .html) is HTMLArticleReader)
    }
}
