/// Which reader reads which format.
public enum ReaderRegistry {
    public static func reader(for format: InputFormat) -> (any ArticleReader)? {
        switch format {
        case .text: return PlainTextReader()
        case .feed: return FeedReader()
        case .jsonFeed: return JSONFeedReader()
        case .jsonLines: return JSONLinesReader()
        case .json: return JSONRecordsReader()
        case .csv: return DelimitedReader.csv
        case .tsv: return DelimitedReader.tsv
        case .html: return HTMLArticleReader()
        }
    }
}
