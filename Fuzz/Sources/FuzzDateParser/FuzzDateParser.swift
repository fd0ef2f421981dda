import Archive

/// Any text: a date or nil, never a crash; and a date read back from its own ISO 8601 form is
/// the same date.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    guard let date = DateParser.parse(text) else { return 0 }
    let again = DateParser.parse(date.iso8601)
    guard again == date else {
        fatalError("\(text.debugDescription) read as \(date.iso8601), which reads back as \(again?.iso8601 ?? "nothing")")
    }
    return 0
}
