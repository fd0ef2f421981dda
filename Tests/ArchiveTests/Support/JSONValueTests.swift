import Foundation
import Testing
@testable import Archive

/// The JSON the archive writes (export, extract, --json) escapes what JSON and JavaScript
/// need escaped and copies everything else, other scripts included, as it is.
@Suite("JSON text")
struct JSONValueTests {
    @Test func quotesBackslashesAndControlsAreEscaped() {
        #expect(JSONValue.string("say \"hi\" \\ now").serialized == #""say \"hi\" \\ now""#)
        #expect(JSONValue.string("a\nb\rc\td").serialized == #""a\nb\rc\td""#)
        #expect(JSONValue.string("bell\u{07} del\u{7F} nul\u{00}").serialized == #""bell\u0007 del\u007f nul\u0000""#)
    }

    @Test func lineAndParagraphSeparatorsAreEscaped() {
        #expect(JSONValue.string("one\u{2028}two\u{2029}").serialized == #""one\u2028two\u2029""#)
    }

    @Test func otherTextIsCopiedAsItIs() {
        let text = "Zelenskyy — «Київ» 東京 café 🇺🇦 \u{2027}\u{202A}"
        #expect(JSONValue.string(text).serialized == "\"\(text)\"")
    }

    @Test func whatIsWrittenReadsBackTheSame() throws {
        let texts = ["", "\"", "\\", "end\\", "\u{2028}", "x\u{1F}y", "é\"\u{2029}\n", String(repeating: "ab\"", count: 100)]
        for text in texts {
            let data = Data(JSONValue.array([.string(text)]).serialized.utf8)
            let read = try #require(try JSONSerialization.jsonObject(with: data) as? [String])
            #expect(read == [text])
        }
    }
}
