import Archive
import Foundation

/// Any bytes as an RSS, RDF or Atom feed: articles or problems, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let document = InputDocument(origin: "fuzz.rss", data: Data(bytes: bytes, count: count))
    try? ReaderRegistry.reader(for: .feed)!.read(document, emit: { _ in }, report: { _ in })
    return 0
}
