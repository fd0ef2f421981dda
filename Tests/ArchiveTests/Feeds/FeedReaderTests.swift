import Foundation
import Testing
@testable import Archive

@Suite("FeedReader")
struct FeedReaderTests {
    static let rss2 = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel>
        <title>Example News</title>
        <link>https://news.example</link>
        <language>en-us</language>
        <image><title>Not the feed title</title></image>
        <item>
          <title>Council approves budget</title>
          <link>https://news.example/budget</link>
          <guid isPermaLink="false">budget-1</guid>
          <pubDate>Mon, 12 Sep 2016 14:03:05 EDT</pubDate>
          <author>jane@example.com (Jane Doe)</author>
          <description>A short summary.</description>
          <content:encoded><![CDATA[<p>The council met on Monday.</p><p>Rates &amp; fees <b>rise</b>.</p><script>track()</script>]]></content:encoded>
        </item>
        <item>
          <title>Second &amp;amp; last</title>
          <guid>https://news.example/second</guid>
          <dc:creator>John Roe</dc:creator>
          <dc:date>2016-09-13T08:00:00Z</dc:date>
          <description>&lt;p&gt;Only a description.&lt;/p&gt;&lt;p&gt;In two paragraphs.&lt;/p&gt;</description>
        </item>
      </channel>
    </rss>
    """

    @Test func readsEachRSSItemInOrder() throws {
        let reading = try Reading(FeedReader(), Self.rss2, origin: "news.rss")
        #expect(reading.drafts.map(\.origin) == ["news.rss#1", "news.rss#2"])
        #expect(reading.problems.isEmpty)
    }

    @Test func takesRSSItemFields() throws {
        let first = try #require(try Reading(FeedReader(), Self.rss2, origin: "news.rss").drafts.first)
        #expect(first.title == "Council approves budget")
        #expect(first.url == "https://news.example/budget")
        #expect(first.published?.iso8601 == "2016-09-12T18:03:05Z")
        #expect(first.authors == ["Jane Doe"])
        #expect(first.source == "Example News")
        #expect(first.language == "en-us")
    }

    @Test func turnsContentEncodedIntoParagraphs() throws {
        let first = try #require(try Reading(FeedReader(), Self.rss2, origin: "news.rss").drafts.first)
        #expect(first.paragraphs == ["The council met on Monday.", "Rates & fees rise."])
    }

    @Test func fallsBackToDescriptionGuidAndDublinCore() throws {
        let second = try Reading(FeedReader(), Self.rss2, origin: "news.rss").drafts[1]
        #expect(second.paragraphs == ["Only a description.", "In two paragraphs."])
        #expect(second.url == "https://news.example/second")
        #expect(second.authors == ["John Roe"])
        #expect(second.published?.iso8601 == "2016-09-13T08:00:00Z")
        #expect(second.title == "Second & last")
    }

    @Test func readsRSS1() throws {
        let rdf = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://rdf.example/"><title>RDF Daily</title><link>https://rdf.example/</link></channel>
          <item rdf:about="https://rdf.example/a"><title>Item A</title><link>https://rdf.example/a</link>
            <description>Text of A.</description><dc:date>2014-03-01T20:49:59+09:00</dc:date><dc:creator>Sato</dc:creator></item>
          <item rdf:about="https://rdf.example/b"><title>Item B</title><link>https://rdf.example/b</link></item>
        </rdf:RDF>
        """
        let reading = try Reading(FeedReader(), rdf, origin: "daily.rdf")
        #expect(reading.drafts.map(\.title) == ["Item A", "Item B"])
        let first = try #require(reading.drafts.first)
        #expect(first.source == "RDF Daily")
        #expect(first.url == "https://rdf.example/a")
        #expect(first.published?.iso8601 == "2014-03-01T11:49:59Z")
        #expect(first.paragraphs == ["Text of A."])
        #expect(first.authors == ["Sato"])
    }

    static let atom = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
      <title type="text">Atom Times</title>
      <link rel="self" href="https://atom.example/feed"/>
      <entry>
        <title type="html">Budget &lt;em&gt;vote&lt;/em&gt;</title>
        <link rel="self" href="https://atom.example/entries/1.xml"/>
        <link rel="alternate" type="text/html" href="https://atom.example/budget"/>
        <id>tag:atom.example,2016:1</id>
        <updated>2016-09-14T10:00:00Z</updated>
        <published>2016-09-12T16:00:00-07:00</published>
        <author><name>Marie Curie</name><email>marie@example.org</email></author>
        <summary>Summary only.</summary>
        <content type="html">&lt;p&gt;First.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</content>
      </entry>
      <entry>
        <title>XHTML entry</title>
        <link href="https://atom.example/xhtml"/>
        <updated>2016-09-15T10:00:00Z</updated>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One <b>bold</b> word.</p><p>Two.</p></div></content>
      </entry>
    </feed>
    """

    @Test func readsAtomEntries() throws {
        let reading = try Reading(FeedReader(), Self.atom, origin: "times.atom")
        #expect(reading.drafts.count == 2)
        let first = try #require(reading.drafts.first)
        #expect(first.title == "Budget vote")
        #expect(first.url == "https://atom.example/budget")
        #expect(first.authors == ["Marie Curie"])
        #expect(first.paragraphs == ["First.", "Second."])
        #expect(first.source == "Atom Times")
        #expect(first.language == "fr")
    }

    @Test func prefersPublishedOverUpdated() throws {
        let first = try #require(try Reading(FeedReader(), Self.atom, origin: "times.atom").drafts.first)
        #expect(first.published?.iso8601 == "2016-09-12T23:00:00Z")
    }

    @Test func readsXHTMLContentAndFirstLink() throws {
        let second = try Reading(FeedReader(), Self.atom, origin: "times.atom").drafts[1]
        #expect(second.paragraphs == ["One bold word.", "Two."])
        #expect(second.url == "https://atom.example/xhtml")
        #expect(second.published?.iso8601 == "2016-09-15T10:00:00Z")
    }

    @Test func atomEntriesWithoutAuthorsTakeTheFeeds() throws {
        let feed = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><author><name>Feed Writer</name></author>
        <entry><title>Mine</title><author><name>Own Writer</name></author></entry>
        <entry><title>Inherited</title></entry></feed>
        """
        let reading = try Reading(FeedReader(), feed, origin: "f.atom")
        #expect(reading.drafts.map(\.authors) == [["Own Writer"], ["Feed Writer"]])
    }

    @Test func decodesTheCharsetTheDeclarationNames() throws {
        var bytes = Data("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel><title>Krone</title><item><title>Caf".utf8)
        bytes.append(0xE9)
        bytes.append(contentsOf: Array("</title></item></channel></rss>".utf8))
        let reading = try Reading(FeedReader(), bytes, origin: "latin.rss")
        #expect(reading.drafts.first?.title == "Café")
    }

    @Test func reportsAnUnreadableDateAndKeepsTheItem() throws {
        let feed = "<rss><channel><item><title>T</title><pubDate>someday</pubDate></item></channel></rss>"
        let reading = try Reading(FeedReader(), feed, origin: "odd.rss")
        #expect(reading.drafts.count == 1)
        #expect(reading.drafts.first?.published == nil)
        #expect(reading.problems.count == 1)
    }

    @Test func refusesXMLThatIsNotAFeed() {
        #expect(throws: InputProblem.self) {
            try Reading(FeedReader(), "<?xml version=\"1.0\"?><svg><g/></svg>", origin: "picture.xml")
        }
    }

    @Test func reportsMalformedXMLWithItsLineAndRecoversTheRest() throws {
        let feed = "<rss><channel><title>Broken</title>\n<item><title>One</title></item>\n<item><title>Two &nbsp; here</title></item>\n<item><title>Three</title></item>\n</channel></rss>"
        let reading = try Reading(FeedReader(), feed, origin: "broken.rss")
        #expect(reading.problems.map(\.line) == [3])
        #expect(reading.problems.first?.reason.contains("not well-formed") == true)
        #expect(reading.drafts.map(\.origin) == ["broken.rss#1", "broken.rss#2", "broken.rss#3"])
        #expect(reading.drafts.map { $0.normalized().title } == ["One", "Two here", "Three"])
    }

    @Test func recoversAFeedThatIsNotInItsDeclaredCharset() throws {
        var bytes = Data("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><item><title>Caf".utf8)
        bytes.append(0xE9)
        bytes.append(contentsOf: Array("</title></item></channel></rss>".utf8))
        let reading = try Reading(FeedReader(), bytes, origin: "mislabelled.rss")
        #expect(reading.drafts.map(\.title) == ["Café"])
        #expect(reading.problems.count == 1)
    }

    @Test func feedFilesAreDetectedByContent() throws {
        let reading = try Reading.detected(Self.atom, origin: "no-extension")
        #expect(reading.drafts.count == 2)
    }
}

@Suite("FeedMarkup")
struct FeedMarkupTests {
    @Test func dropsTrailingLinksAndBoilerplate() {
        let html = """
        <p>The story, with <a href="/x">a link</a> inside.</p>
        <p><a href="/more">Read more…</a></p>
        <div class="feedflare"><a href="/f">Share on Facebook</a> | <a href="/t">Tweet this</a></div>
        <p>Previously:</p>
        <ul><li><a href="/a">An older story</a></li></ul>
        <p>The post Story appeared first on Example.</p>
        """
        #expect(FeedMarkup.paragraphs(from: html) == ["The story, with a link inside."])
    }

    @Test func keepsALinkThatIsPartOfTheText() {
        let html = "<p><a href=\"/trailer\">Watch the trailer.</a></p><p>More text follows.</p>"
        #expect(FeedMarkup.paragraphs(from: html) == ["Watch the trailer.", "More text follows."])
    }

    @Test func keepsATitleThatIsALink() {
        #expect(FeedMarkup.line(from: "<a href=\"/x\">Linked title</a>") == "Linked title")
    }

    @Test func splitsAtBreaksAndDropsScripts() {
        #expect(FeedMarkup.paragraphs(from: "One<br>Two<script>x()</script><br/>Three &amp; four") == ["One", "Two", "Three & four"])
    }
}
