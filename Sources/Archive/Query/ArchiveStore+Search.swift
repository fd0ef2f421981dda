extension ArchiveStore {
    /// Ranked full-text search; see `ArticleSearch`.
    public func search(_ request: SearchRequest) throws -> SearchResults {
        try ArticleSearch(database: database).run(request)
    }
}
