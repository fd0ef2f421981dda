import Foundation
import Testing
@testable import Archive

@Suite("HTML article body")
struct HTMLBodyTests {
    static let clutteredPage = """
        <html><head><title>River floods the lower town</title>
        <style>p { color: red }</style><script>var tracking = "SCRIPT TEXT";</script></head>
        <body>
        <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
        <div id="main">
          <article class="story">
            <h1>River floods the lower town</h1>
            <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share by email</a></div>
            <figure><img src="flood.jpg"><figcaption>Water in the square. Photo: Jo Bloggs</figcaption></figure>
            \(HTMLTestPages.storyMarkup)
            <h2>What happens next</h2>
            <ul><li>The council meets on Monday to review the defences along the river.</li>
                <li>Insurers have set up a help desk in the library for affected residents.</li></ul>
          </article>
          <aside class="related"><h3>Related stories</h3><ul>
            <li><a href="/a">Storm warning for the coast</a></li><li><a href="/b">Mill to close</a></li></ul></aside>
          <div id="comments" class="comments"><p>Great article, thanks for the coverage of our town!</p></div>
        </div>
        <footer class="site-footer"><p>Copyright Valley Courier. All rights reserved.</p></footer>
        </body></html>
        """

    @Test func articleParagraphsComeOutInOrder() throws {
        let draft = try HTMLTestPages.read(Self.clutteredPage)
        let story = draft.paragraphs.filter { HTMLTestPages.storyParagraphs.contains($0) }
        #expect(story == HTMLTestPages.storyParagraphs)
    }

    @Test func headingsAndListItemsAreParagraphsOfTheirOwn() throws {
        let draft = try HTMLTestPages.read(Self.clutteredPage)
        #expect(draft.paragraphs.contains("What happens next"))
        #expect(draft.paragraphs.contains("The council meets on Monday to review the defences along the river."))
    }

    @Test(arguments: [
        "Home", "Share on Facebook", "Water in the square", "Storm warning", "Great article", "Copyright Valley Courier",
        "SCRIPT TEXT", "color: red",
    ])
    func boilerplateIsLeftOut(_ text: String) throws {
        let draft = try HTMLTestPages.read(Self.clutteredPage)
        #expect(!draft.paragraphs.contains { $0.contains(text) })
    }

    @Test func headingThatRepeatsTheTitleIsNotAParagraph() throws {
        let draft = try HTMLTestPages.read(Self.clutteredPage)
        #expect(!draft.paragraphs.contains("River floods the lower town"))
    }

    @Test func hiddenElementsAreLeftOut() throws {
        let page = """
            <html><body><div class="content"><div style="display: none"><p>Hidden subscription prompt text here.</p></div>
            <p hidden>Also hidden from readers of the page.</p>\(HTMLTestPages.storyMarkup)</div></body></html>
            """
        let text = try HTMLTestPages.read(page).paragraphs.joined(separator: " ")
        #expect(!text.contains("Hidden subscription"))
        #expect(!text.contains("Also hidden"))
    }

    @Test func textSeparatedByLineBreaksBecomesParagraphs() throws {
        let lines = HTMLTestPages.storyParagraphs.joined(separator: "<br><br>\n")
        let draft = try HTMLTestPages.read("<html><body><div>\(lines)</div></body></html>")
        #expect(draft.paragraphs == HTMLTestPages.storyParagraphs)
    }

    @Test func entitiesAreDecoded() throws {
        let page = """
            <html><head><title>Fish &amp; chips</title></head><body><article>
            <p>Caf&eacute; owners said &ldquo;enough&rdquo; &ndash; it&#8217;s the third flood in a year&hellip; &#x263A;</p>
            \(HTMLTestPages.storyMarkup)</article></body></html>
            """
        let draft = try HTMLTestPages.read(page)
        #expect(draft.title == "Fish & chips")
        #expect(draft.paragraphs.first == "Café owners said “enough” – it’s the third flood in a year… ☺")
    }

    @Test(arguments: [
        ("Fish &amp; chips", "Fish & chips"),
        ("it&#8217;s &#x201C;fine&#x201D;", "it’s “fine”"),
        ("AT&T &unknown; &", "AT&T &unknown; &"),
    ])
    func jsonLDEntitiesDecode(text: String, decoded: String) {
        #expect(HTMLEntities.decode(text) == decoded)
    }
}
