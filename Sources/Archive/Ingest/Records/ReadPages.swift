import Foundation

/// Streaming a large mapped input without keeping it resident.
///
/// Inputs are mapped, not read (`InputLoader`), so that a file of millions of records costs no
/// copy; but every page a reader has touched stays in the process's resident set until the
/// end, and a 375 MB JSON Lines file then shows as 375 MB of RSS. Readers that go through a
/// file once tell it how far they have read (`reached(_:)`).
struct ReadPages {
    /// How far a reader goes between two releases.
    static let stride = 8 << 20

    private let data: Data
    private var released = 0

    init(_ data: Data) {
        self.data = data
    }

    /// The reader has read everything before `offset` (from the start of the data) for the
    /// last time; pages are released a stride at a time.
    mutating func reached(_ offset: Int) {
        guard offset - released >= Self.stride else { return }
        Self.release(data, before: offset)
        released = offset
    }

    /// Asks the kernel to reclaim the pages of `data` that lie wholly before `offset`. A mapped
    /// file's pages are read from the file again if touched; MADV_PAGEOUT never changes what
    /// memory holds, so data that is not a file mapping (standard input, a gunzipped file) is
    /// safe to pass and simply stays.
    static func release(_ data: Data, before offset: Int) {
        #if os(Linux)
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, offset > 0, offset <= raw.count else { return }
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            let address = Int(bitPattern: base)
            let start = (address + page - 1) / page * page
            let end = (address + offset) / page * page
            guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
            _ = madvise(pointer, end - start, Self.pageOut)
        }
        #endif
    }

    /// MADV_PAGEOUT (Linux 5.4): reclaim these pages.
    private static let pageOut: Int32 = 21
}
