extension ArchiveStore {
    /// Quotations whose words match, grouped by speaker; see `QuoteSearch`.
    public func whoSaid(_ request: WhoSaidRequest) throws -> WhoSaidResults {
        try QuoteSearch(database: database).run(request)
    }
}
