import Testing
@testable import Archive

/// The seed articles' quotations, with person mentions written by hand for the people they name.
@Suite("QuoteExtractor: seed articles")
struct SeedQuoteTests {
    private static func seed(_ prefix: String) throws -> ArticleDraft {
        try #require(SeedArticles.drafts().first { $0.origin.hasPrefix("seeds/" + prefix) })
    }

    /// Every whole-word "Trump" in the article as a mention of Donald Trump, and the other people by their words.
    private static func mentions(_ paragraphs: [String], people: [(words: String, name: String, role: String?)]) -> [EntityMention] {
        var found: [EntityMention] = []
        for (index, paragraph) in paragraphs.enumerated() {
            for person in people {
                var after = 0
                while let start = QuoteFixtures.offset(of: person.words, in: String(String.UnicodeScalarView(Array(paragraph.unicodeScalars)[after...]))) {
                    found.append(QuoteFixtures.person(person.words, name: person.name, in: paragraphs, paragraph: index, after: after + start, role: person.role))
                    after += start + person.words.unicodeScalars.count
                }
            }
        }
        return found.sorted { ($0.paragraph!, $0.start) < ($1.paragraph!, $1.start) }
    }

    @Test func seed000() throws {
        let article = try Self.seed("000")
        let people = Self.mentions(article.paragraphs, people: [
            ("Trump", "Donald Trump", nil), ("Karoline Leavitt", "Karoline Leavitt", "press secretary"),
            ("Steve Witkoff", "Steve Witkoff", "special envoy"), ("Putin", "Vladimir Putin", nil),
        ])
        let quotes = QuoteExtractor().extract(paragraphs: article.paragraphs, entities: people)

        let assurance = try #require(quotes.first { $0.text == "You have my assurance, and I’m president." })
        #expect(assurance.kind == .direct)
        #expect(assurance.speaker == "Donald Trump")

        let security = try #require(quotes.first { $0.text.hasPrefix("There’ll be some form of security. It can’t be NATO") })
        #expect(security.kind == .direct)
        #expect(security.speakerText == "Trump")
        #expect(security.cue == "said")

        let nato = try #require(quotes.first { $0.text == "Ukraine would have to abandon its plans to join NATO" })
        #expect(nato.kind == .indirect)
        #expect(nato.speaker == "Donald Trump")

        let officials = try #require(quotes.first { $0.cue == "According to" })
        #expect(officials.speaker == "Karoline Leavitt")
        #expect(officials.text.hasPrefix("U.S. national security officials will continue"))

        #expect(!quotes.contains { $0.text.contains("Coalition of the Willing") && $0.kind == .direct })
    }

    @Test func seed003() throws {
        let article = try Self.seed("003")
        let people = Self.mentions(article.paragraphs, people: [
            ("Trump", "Donald Trump", "President"), ("Zelensky", "Volodymyr Zelensky", "Ukrainian President"),
            ("Sergei Lavrov", "Sergei Lavrov", "Russian Foreign Minister"), ("Putin", "Vladimir Putin", nil),
        ])
        let quotes = QuoteExtractor().extract(paragraphs: article.paragraphs, entities: people)

        let help = try #require(quotes.first { $0.text.contains("a lot of help when it comes to security") })
        #expect(help.kind == .mixed)
        #expect(help.speakerText == "he")
        #expect(help.speaker == "Donald Trump")

        let longTerm = try #require(quotes.first { $0.text.hasPrefix("We’re going to work with Ukraine.") })
        #expect(longTerm.kind == .direct)
        #expect(longTerm.speaker == "Donald Trump")

        let lavrov = try #require(quotes.first { $0.text.contains("any scenarios that envisage deployment") })
        #expect(lavrov.kind == .mixed)
        #expect(lavrov.speaker == "Sergei Lavrov")
        #expect(lavrov.text.hasPrefix("his country opposed"))

        for quote in quotes {
            let paragraph = Array(article.paragraphs[quote.endParagraph].unicodeScalars)
            #expect(quote.end <= paragraph.count)
            if quote.paragraph == quote.endParagraph { #expect(quote.start < quote.end) }
        }
    }
}
