import Foundation
import Testing
@testable import Archive

@Suite("HTML metadata")
struct HTMLMetadataTests {
    static let jsonLDPage = """
        <!DOCTYPE html>
        <html lang="en-GB"><head>
        <title>Flood hits lower town | The Valley Courier</title>
        <meta property="og:title" content="Flood hits town (OpenGraph)">
        <meta property="og:site_name" content="The Valley Courier">
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "The Valley Courier"},
          {"@type": "NewsArticle", "headline": "Flood hits lower town &amp; mill",
           "datePublished": "2024-03-05T07:30:00+01:00",
           "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Tom Hale"}],
           "publisher": {"@type": "Organization", "name": "Valley Courier Ltd"}}
        ]}
        </script>
        <link rel="canonical" href="https://courier.example/news/flood">
        </head><body><article>\(HTMLTestPages.storyMarkup)</article></body></html>
        """

    @Test func jsonLDGivesHeadlineAuthorsAndDate() throws {
        let draft = try HTMLTestPages.read(Self.jsonLDPage)
        #expect(draft.title == "Flood hits lower town & mill")
        #expect(draft.authors == ["Ana Ruiz", "Tom Hale"])
        #expect(draft.published?.iso8601 == "2024-03-05T06:30:00Z")
        #expect(draft.url == "https://courier.example/news/flood")
        #expect(draft.source == "The Valley Courier")
        #expect(draft.language == "en-GB")
    }

    @Test func jsonLDAuthorMayBeAPlainString() throws {
        let page = """
            <html><head><script type="application/ld+json">
            [{"@context": "http://schema.org", "@type": "BlogPosting", "name": "Notes", "author": "Kim Lee",
              "datePublished": "2023-11-02"}]
            </script></head><body>\(HTMLTestPages.storyMarkup)</body></html>
            """
        let draft = try HTMLTestPages.read(page)
        #expect(draft.title == "Notes")
        #expect(draft.authors == ["Kim Lee"])
        #expect(draft.published?.iso8601 == "2023-11-02")
    }

    static let openGraphPage = """
        <html lang="fr"><head>
        <title>Le fleuve déborde - Le Courrier</title>
        <meta property="og:title" content="Le fleuve déborde dans la ville basse">
        <meta property="og:url" content="https://courrier.example/fleuve">
        <meta property="og:site_name" content="Le Courrier">
        <meta property="article:published_time" content="2024-03-05T09:00:00Z">
        <meta property="article:author" content="https://courrier.example/auteurs/marie">
        </head><body>
        <div class="article-body">
        <span class="byline">By Marie Dupont</span>
        \(HTMLTestPages.storyMarkup)
        </div></body></html>
        """

    @Test func openGraphGivesTitleSourceUrlAndDate() throws {
        let draft = try HTMLTestPages.read(Self.openGraphPage)
        #expect(draft.title == "Le fleuve déborde dans la ville basse")
        #expect(draft.url == "https://courrier.example/fleuve")
        #expect(draft.source == "Le Courrier")
        #expect(draft.published?.iso8601 == "2024-03-05T09:00:00Z")
        #expect(draft.language == "fr")
    }

    @Test func bylineInThePageNamesTheAuthorAndLeavesTheBody() throws {
        let draft = try HTMLTestPages.read(Self.openGraphPage)
        #expect(draft.authors == ["Marie Dupont"])
        #expect(!draft.paragraphs.contains { $0.contains("Marie Dupont") })
    }

    @Test func relAuthorLinkIsAByline() throws {
        let page = """
            <html><head><title>A long enough headline for the page</title></head><body><div class="story">
            <p><a rel="author" href="/people/sam">Sam Okafor</a></p>\(HTMLTestPages.storyMarkup)</div></body></html>
            """
        #expect(try HTMLTestPages.read(page).authors == ["Sam Okafor"])
    }

    @Test func metaAuthorAndTimeElementFillInWithoutOpenGraph() throws {
        let page = """
            <html><head><title>River rises through the night | Valley Courier</title>
            <meta name="author" content="Priya Shah"></head>
            <body><article><time datetime="2024-03-04">4 March</time>\(HTMLTestPages.storyMarkup)</article></body></html>
            """
        let draft = try HTMLTestPages.read(page)
        #expect(draft.title == "River rises through the night")
        #expect(draft.authors == ["Priya Shah"])
        #expect(draft.published?.iso8601 == "2024-03-04")
    }

    @Test func metaDateNameIsAPublicationDate() throws {
        let page = """
            <html><head><meta name="date" content="2021-06-30T12:00:00+02:00"></head>
            <body>\(HTMLTestPages.storyMarkup)</body></html>
            """
        #expect(try HTMLTestPages.read(page).published?.iso8601 == "2021-06-30T10:00:00Z")
    }

    @Test func contentLanguageGivesTheLanguageWhenHtmlHasNone() throws {
        let page = """
            <html><head><meta http-equiv="Content-Language" content="de"></head>
            <body>\(HTMLTestPages.storyMarkup)</body></html>
            """
        #expect(try HTMLTestPages.read(page).language == "de")
    }

    @Test(arguments: [
        ("Flood hits the lower town | Valley Courier", "Flood hits the lower town"),
        ("Valley Courier - Flood", "Valley Courier - Flood"),
        // Cutting the last part would leave a breadcrumb, so the whole title stays.
        ("Valley Courier » News » Flood hits the lower town", "Valley Courier » News » Flood hits the lower town"),
        ("Valley Courier: Flood hits the lower town", "Flood hits the lower town"),
        ("Flood hits the lower town", "Flood hits the lower town"),
    ])
    func titleLosesTheSiteName(title: String, expected: String) throws {
        let page = "<html><head><title>\(title)</title></head><body>\(HTMLTestPages.storyMarkup)</body></html>"
        #expect(try HTMLTestPages.read(page).title == expected)
    }

    @Test func firstHeadingIsTheTitleOfAPageWithoutOne() throws {
        let page = "<html><body><article><h1>Flood defences hold</h1>\(HTMLTestPages.storyMarkup)</article></body></html>"
        #expect(try HTMLTestPages.read(page).title == "Flood defences hold")
    }

    @Test(arguments: [
        ("By Ana Sandoiu", ["Ana Sandoiu"]),
        ("Stella Kim, Jennifer Jett", ["Stella Kim", "Jennifer Jett"]),
        ("Jong, Michiel de", ["Jong, Michiel de"]),
        ("Ana Ruiz and Tom Hale", ["Ana Ruiz", "Tom Hale"]),
    ])
    func bylineSplitsIntoNames(byline: String, names: [String]) {
        #expect(BylineNames.split(byline) == names)
    }
}
