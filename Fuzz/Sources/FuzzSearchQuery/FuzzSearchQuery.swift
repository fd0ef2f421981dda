import Archive

/// An empty archive in memory: every query the parser accepts must run without an SQLite or
/// FTS5 error, which is the parser's promise that nothing typed reaches FTS5 as syntax.
nonisolated(unsafe) let store = try! ArchiveStore(path: ":memory:", access: .write)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    guard let query = try? SearchQuery.parse(text) else { return 0 }
    do {
        _ = try store.search(SearchRequest(text: .query(query)))
    } catch {
        fatalError("the query \(text.debugDescription) parsed to \(query.ftsExpression.debugDescription), which failed: \(error)")
    }
    return 0
}
