import Foundation
import Testing
@testable import Archive

@Suite("HTML charset")
struct HTMLCharsetTests {
    /// `<p>Café “quoted” – ok</p>` in Windows-1252 bytes.
    static let windows1252Paragraph: [UInt8] = Array("<p>Caf".utf8) + [0xE9, 0x20, 0x93] + Array("quoted".utf8)
        + [0x94, 0x20, 0x96] + Array(" ok</p>".utf8)

    static func page(declaring declaration: String) -> [UInt8] {
        Array("<html><head>\(declaration)<title>T</title></head><body><article>".utf8) + windows1252Paragraph
            + Array("\(HTMLTestPages.storyMarkup)</article></body></html>".utf8)
    }

    @Test(arguments: [
        "<meta charset=\"windows-1252\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
        "",
    ])
    func singleByteTextIsReadAsWindows1252(declaration: String) throws {
        let draft = try HTMLTestPages.read(bytes: Self.page(declaring: declaration))
        #expect(draft.paragraphs.first == "Café “quoted” – ok")
    }

    @Test func declaredCharsetIsFound() {
        let bytes = Array("<html><head><META HTTP-EQUIV='content-type' CONTENT='text/html; Charset=Shift_JIS'>".utf8)
        #expect(HTMLCharset.declaredCharset(in: bytes) == "shift_jis")
    }

    @Test func declaredLegacyCharsetIsUsedForBytesThatAreNotUTF8() throws {
        // "日本" in Shift_JIS.
        let bytes = Array("<html><head><meta charset=\"shift_jis\"></head><body><p>".utf8) + [0x93, 0xFA, 0x96, 0x7B]
            + Array("</p></body></html>".utf8)
        let draft = try HTMLTestPages.read(bytes: bytes)
        #expect(draft.paragraphs.first == "日本")
    }

    @Test func validUTF8WinsOverAStaleDeclaration() throws {
        let page = "<html><head><meta charset=\"gb2312\"></head><body><p>新电脑已可利用记忆自学</p></body></html>"
        #expect(try HTMLTestPages.read(page).paragraphs.first == "新电脑已可利用记忆自学")
    }
}
