/// A stored paragraph's id says whose it is and where: article id × 1,024 + ordinal.
///
/// The full-text index returns rowids; with the article and ordinal in them, a search ranks
/// articles from the index alone instead of looking each matching paragraph up (at 16× the
/// benchmark corpus, "coffee" matches 8,000 paragraphs: 18 ms of lookups, as much as ranking
/// them). It also makes an article's paragraphs one rowid range, so no index on
/// (article, ordinal) is kept. schema.sql states the same numbers in SQL (the paragraph table's
/// computed columns, the quote_text view, the delete trigger); `SQLFragments` below writes the
/// expressions the queries need, so that they are spelled once.
public enum ParagraphID {
    /// Paragraphs an article can have: its text's paragraphs from the 1,024th on are joined
    /// into that one (`fitted`). News articles have tens; the benchmark corpus's longest has 207.
    public static let perArticle = 1024
    static let ordinalBits: Int64 = 10

    static func of(article: Int, ordinal: Int) -> Int64 {
        precondition((0..<perArticle).contains(ordinal), "paragraph \(ordinal) is past the last an article keeps")
        return Int64(article) << ordinalBits | Int64(ordinal)
    }

    static func article(of id: Int64) -> Int { Int(id >> ordinalBits) }

    static func ordinal(of id: Int64) -> Int { Int(id & Int64(perArticle - 1)) }

    /// Every id the article's paragraphs can have.
    static func range(ofArticle article: Int) -> ClosedRange<Int64> {
        of(article: article, ordinal: 0)...of(article: article, ordinal: perArticle - 1)
    }

    /// The paragraphs as an article keeps them: the 1,024th and every later one joined into
    /// one, with a space (as the lines of a paragraph are), so that no text is lost.
    public static func fitted(_ paragraphs: [String]) -> [String] {
        guard paragraphs.count > perArticle else { return paragraphs }
        return Array(paragraphs.prefix(perArticle - 1)) + [paragraphs.dropFirst(perArticle - 1).joined(separator: " ")]
    }

    /// SQL expressions over paragraph ids, for statements that read them from a full-text
    /// index's rowid or compute them from an article and an ordinal.
    enum SQLFragments {
        /// The article of the paragraph whose id `column` holds.
        static func article(_ column: String) -> String { "(\(column) >> \(ordinalBits))" }

        /// The ordinal of the paragraph whose id `column` holds.
        static func ordinal(_ column: String) -> String { "(\(column) & \(perArticle - 1))" }

        /// The id of an article's paragraph.
        static func id(article: String, ordinal: String) -> String { "(\(article) * \(perArticle) + \(ordinal))" }

        /// `column` lies in the article's range of ids.
        static func inArticle(_ column: String, article: String) -> String {
            "\(column) BETWEEN \(article) * \(perArticle) AND \(article) * \(perArticle) + \(perArticle - 1)"
        }
    }
}
