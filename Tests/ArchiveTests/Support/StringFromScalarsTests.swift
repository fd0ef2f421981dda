import Testing
@testable import Archive

@Suite struct StringFromScalarsTests {
    @Test(arguments: ["", "Zelenskyy", "José Ñúñez", "“Coalition of the Willing”", "東京 €5", "emoji 🇺🇦 👍🏽", "e\u{301}\u{0}"])
    func buildsTheSameStringAsTheScalarView(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars) == text)
        #expect(Array(String(scalars: scalars).unicodeScalars) == scalars)
        #expect(String(scalars: scalars.dropFirst().prefix(3)) == String(String.UnicodeScalarView(scalars.dropFirst().prefix(3))))
    }

    @Test func everyEncodingLengthRoundTrips() {
        let edges: [UInt32] = [0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF]
        let scalars = edges.compactMap(Unicode.Scalar.init)
        #expect(Array(String(scalars: scalars).unicodeScalars) == scalars)
    }
}
