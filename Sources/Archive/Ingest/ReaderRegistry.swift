/// Which reader reads which format.
public enum ReaderRegistry {
    public static func reader(for format: InputFormat) -> (any ArticleReader)? {
        switch format {
        case .text: return PlainTextReader()
        case .html: return HTMLArticleReader()
        case .feed, .jsonFeed, .jsonLines, .json, .csv, .tsv: return nil
        }
    }
}
