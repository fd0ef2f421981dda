import Foundation
@testable import Archive

/// Small pages written for these tests, and the reader run over them.
enum HTMLTestPages {
    static func read(_ html: String, origin: String = "page.html") throws -> ArticleDraft {
        try HTMLArticleReader().parse(Data(html.utf8), origin: origin)
    }

    static func read(bytes: [UInt8], origin: String = "page.html") throws -> ArticleDraft {
        try HTMLArticleReader().parse(Data(bytes), origin: origin)
    }

    /// Article paragraphs long enough (over 500 characters together) to be taken at the first try.
    static let storyParagraphs = [
        "The river rose through the night, and by morning the lower town was under a metre of brown water, "
            + "with shopkeepers wading out to rescue what stock they could carry.",
        "Officials said the flood defences, built after the storms of 1998, had held along most of their length, "
            + "but a section near the old mill gave way shortly before dawn.",
        "Residents described hearing a roar as the wall failed. Within minutes, they said, the water had filled "
            + "the square, lifted parked cars and pushed them against the church railings.",
        "The council has opened the school hall as a shelter, and volunteers were handing out blankets, soup and "
            + "dry clothes to families who had left their homes with nothing.",
    ]

    static var storyMarkup: String {
        storyParagraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
    }
}
