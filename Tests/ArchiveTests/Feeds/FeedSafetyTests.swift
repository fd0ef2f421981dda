import Foundation
import Testing
@testable import Archive

/// Feeds come from anywhere: entities must never expand and nothing outside the feed may be read.
@Suite("Feed safety")
struct FeedSafetyTests {
    static let billionLaughs = """
    <?xml version="1.0"?>
    <!DOCTYPE rss [
      <!ENTITY lol "lol">
      <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
      <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
      <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
      <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
      <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
      <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
      <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
      <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
    ]>
    <rss version="2.0"><channel><title>Laughs</title>
    <item><title>&lol9;</title><description>&lol9;</description></item>
    </channel></rss>
    """

    static let externalEntity = """
    <?xml version="1.0"?>
    <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/hostname"> ]>
    <rss version="2.0"><channel><title>Leak</title>
    <item><title>Secret: &secret;</title></item>
    </channel></rss>
    """

    static let goodFeed = """
    <rss version="2.0"><channel><title>Fine</title>
    <item><title>Harmless</title><description>Nothing to see.</description></item>
    </channel></rss>
    """

    @Test func refusesEntityExpansion() throws {
        let problem = try #require(throws: InputProblem.self) {
            try Reading(FeedReader(), Self.billionLaughs, origin: "laughs.rss")
        }
        #expect(problem.reason.contains("entity expansion is not allowed"))
        #expect(!problem.description.contains("\n"))
    }

    @Test func refusesExternalEntities() throws {
        let problem = try #require(throws: InputProblem.self) {
            try Reading(FeedReader(), Self.externalEntity, origin: "leak.rss")
        }
        #expect(problem.reason.contains("entity expansion is not allowed"))
    }

    @Test func refusesEntitiesInAFeedThatIsAlsoMalformed() throws {
        let feed = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> ]>
        <rss version="2.0"><channel><title>T & T</title>
        <item><title>&b;</title></item>
        </channel></rss>
        """
        let problem = try #require(throws: InputProblem.self) {
            try Reading(FeedReader(), feed, origin: "both.rss")
        }
        #expect(problem.reason.contains("entity expansion is not allowed"))
    }

    @Test func anAttackCostsOnlyItsOwnFile() throws {
        let folder = try TemporaryFolder()
        let attack = try folder.write("a-laughs.rss", Data(Self.billionLaughs.utf8))
        let good = try folder.write("b-good.rss", Data(Self.goodFeed.utf8))
        var problems: [InputProblem] = []
        var titles: [String] = []
        let summary = try ExtractionRun().run(DraftStream(paths: [attack, good]), report: { problems.append($0) }) { titles.append($0.article.title) }
        #expect(titles == ["Harmless"])
        #expect(summary.failed == 1)
        #expect(problems.map(\.origin) == [attack])
    }
}
