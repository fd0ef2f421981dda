import Testing
@testable import Archive

/// A small archive spanning January to May 2025, written for these tests: tariffs in most
/// months, a harbour bridge that dominates April, nothing at all in March, and one undated
/// article about tariffs.
enum MonthsArchive {
    struct Article {
        let name: String
        let date: String?
        let source: String
        let title: String
        let paragraphs: [String]
    }

    static let articles: [Article] = [
        Article(name: "jan-tariffs", date: "2025-01-06", source: "Gazette", title: "Steel tariffs rise again", paragraphs: [
            "The government raised tariffs on steel imports for the second time this winter.",
            "Factory owners warned that the steel tariffs would push up the price of cars and washing machines.",
            "Economists expect the tariffs to stay in place until the trade talks resume.",
        ]),
        Article(name: "jan-snow", date: "2025-01-14", source: "Courier", title: "Snow closes mountain roads", paragraphs: [
            "Heavy snow closed the mountain roads above the valley on Tuesday night.",
            "Drivers were told to carry blankets, and the ferry timetable was cut back.",
        ]),
        Article(name: "jan-orchestra", date: "2025-01-27", source: "Gazette", title: "Orchestra plays the old town hall", paragraphs: [
            "The city orchestra played to a full house in the old town hall.",
            "The conductor thanked the volunteers who repaired the organ over the summer.",
        ]),
        Article(name: "feb-tariffs", date: "2025-02-10", source: "Courier", title: "Carmakers count the cost of tariffs", paragraphs: [
            "Carmakers said the tariffs on steel imports had added hundreds to the cost of each vehicle.",
            "One plant manager said orders had fallen since the tariffs began.",
        ]),
        Article(name: "feb-library", date: "2025-02-21", source: "Gazette", title: "Library opens on Sundays", paragraphs: [
            "The central library will open on Sundays from next month.",
            "Readers asked for longer hours in a survey last autumn.",
        ]),
        Article(name: "apr-bridge-1", date: "2025-04-02", source: "Gazette", title: "Cracks found in the harbour bridge", paragraphs: [
            "Engineers found cracks in the harbour bridge during a routine inspection.",
            "The harbour bridge carries forty thousand cars a day across the estuary.",
            "Traffic on the harbour bridge was limited to one lane while the cracks were measured.",
        ]),
        Article(name: "apr-bridge-2", date: "2025-04-09", source: "Courier", title: "Harbour bridge closed for repairs", paragraphs: [
            "The harbour bridge closed for repairs after engineers said the cracks were spreading.",
            "Commuters queued for the ferry as the harbour bridge stayed shut.",
        ]),
        Article(name: "apr-bridge-3", date: "2025-04-23", source: "Gazette", title: "Harbour bridge repairs to cost millions", paragraphs: [
            "Repairs to the harbour bridge will cost the council millions, engineers estimated.",
            "Councillors argued over who should pay to mend the harbour bridge.",
        ]),
        Article(name: "may-tariffs", date: "2025-05-05", source: "Courier", title: "Tariffs on steel imports lifted", paragraphs: [
            "The government lifted the tariffs on steel imports after the trade talks ended.",
            "Factory owners welcomed the news.",
        ]),
        Article(name: "may-football", date: "2025-05-18", source: "Gazette", title: "United win the cup final", paragraphs: [
            "United won the cup final with a goal in the last minute.",
            "Fans sang in the square until midnight.",
        ]),
        Article(name: "undated-tariffs", date: nil, source: "Courier", title: "A history of tariffs", paragraphs: [
            "Tariffs on steel imports have come and gone for a century.",
        ]),
    ]

    static func drafts() -> [ArticleDraft] {
        articles.map { article in
            ArticleDraft(origin: article.name + ".txt", title: article.title,
                         published: article.date.flatMap(PublishedDate.init(iso8601:)), source: article.source,
                         paragraphs: article.paragraphs)
        }
    }

    /// The article as a plain-text file with front matter, for the binary to ingest.
    static func file(_ article: Article) -> String {
        var text = "---\ntitle: \(article.title)\nsource: \(article.source)\n"
        if let date = article.date { text += "date: \(date)\n" }
        return text + "---\n\n" + article.paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// A new in-memory archive holding these articles.
    static func makeArchive() throws -> ArchiveStore {
        let archive = try makeStore()
        try store(drafts(), in: archive)
        return archive
    }

    /// The id of the article ingested from `name`.txt.
    static func id(of name: String, in archive: ArchiveStore) throws -> Int {
        try #require(try archive.article(url: name + ".txt")?.summary.id)
    }
}
