import Archive
import Foundation

/// Any bytes as a saved web page: articles or a problem, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let document = InputDocument(origin: "fuzz.html", data: Data(bytes: bytes, count: count))
    try? ReaderRegistry.reader(for: .html)!.read(document, emit: { _ in }, report: { _ in })
    return 0
}
