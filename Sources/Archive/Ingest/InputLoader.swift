import Foundation

/// Reads an input's bytes and passes them to the reader for their format.
///
/// Only regular files are read: a FIFO would block forever and a device may never end. An
/// input whose format is read whole (text, HTML, JSON, feeds) is refused above
/// `maximumDocumentSize`, because its reader holds it and its decoded text in memory; JSON
/// Lines, CSV and TSV are read a record at a time and take any size.
public struct InputLoader: Sendable {
    /// Far above any article, page or feed (the largest in ../shared/data is under 3 MiB), and
    /// low enough that reading one stays within a few hundred MiB of memory.
    public static let defaultMaximumDocumentSize = 64 << 20

    public let maximumDocumentSize: Int

    public init(maximumDocumentSize: Int = InputLoader.defaultMaximumDocumentSize) {
        self.maximumDocumentSize = maximumDocumentSize
    }

    /// Loads `input` into a document, or says in one line why it could not be read.
    public func load(_ input: InputCollector.Input) throws(InputProblem) -> InputDocument {
        let document: InputDocument
        switch input {
        case .standardInput:
            document = InputDocument(origin: "-", data: FileHandle.standardInput.readDataToEndOfFile())
        case let .file(path):
            let size = try Self.requireReadableRegularFile(path)
            do {
                // Foundation on Linux reads a file whole unless told to map it. A file above the
                // limit is mapped, so that refusing it costs nothing and records stream from it.
                let options: Data.ReadingOptions = size > maximumDocumentSize ? .alwaysMapped : .mappedIfSafe
                let data = try Data(contentsOf: URL(fileURLWithPath: path), options: options)
                document = InputDocument(origin: path, data: data)
            } catch {
                throw InputProblem(origin: path, reason: "cannot read the file (\(InputCollector.reason(error)))")
            }
        }
        return try decompressed(document)
    }

    /// Gzip input is recognised by its bytes, whatever its name, and read as what it holds.
    private func decompressed(_ document: InputDocument) throws(InputProblem) -> InputDocument {
        guard Gzip.isCompressed(document.data) else { return document }
        do {
            return InputDocument(origin: document.origin, data: try Gzip.decompress(document.data))
        } catch {
            throw InputProblem(origin: document.origin, reason: error.errorDescription ?? "\(error)")
        }
    }

    /// Reads every article in `document` with the reader its format calls for.
    public func read(
        _ document: InputDocument,
        emit: (ArticleDraft) throws -> Void,
        report: (InputProblem) -> Void
    ) throws {
        if let kind = Self.binaryKind(document.data) {
            throw InputProblem(origin: document.origin, reason: "not an article: the file holds binary data (\(kind)), not text")
        }
        let format = InputFormat.detect(document)
        guard format.isReadByRecord || document.data.count <= maximumDocumentSize else {
            throw InputProblem(origin: document.origin, reason: """
                the file is \(Self.size(document.data.count)), more than the \(Self.size(maximumDocumentSize)) \
                a single \(format.rawValue) input may have; split it, or give its articles as JSON Lines or CSV, which are read a record at a time
                """)
        }
        guard let reader = ReaderRegistry.reader(for: format) else {
            throw InputProblem(origin: document.origin, reason: "\(format.rawValue) input is not supported")
        }
        try reader.read(document, emit: emit, report: report)
    }

    /// The file's size, once it is known to be a regular file this process may read.
    private static func requireReadableRegularFile(_ path: String) throws(InputProblem) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw InputProblem(origin: path, reason: "cannot read the file (\(String(cString: strerror(errno)).lowercased()))")
        }
        let kinds: [mode_t: String] = [S_IFDIR: "a folder", S_IFIFO: "a named pipe", S_IFSOCK: "a socket", S_IFCHR: "a device", S_IFBLK: "a device"]
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            throw InputProblem(origin: path, reason: "not a regular file (it is \(kinds[type] ?? "a special file")); give files or folders of them")
        }
        // Foundation's read errors hide the reason ("you don't have permission"); open(2) says it.
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw InputProblem(origin: path, reason: "cannot read the file (\(String(cString: strerror(errno)).lowercased()))")
        }
        close(descriptor)
        return Int(info.st_size)
    }

    /// What kind of binary data `data` holds, or nil when it may be text. Known signatures are
    /// named; otherwise a NUL byte near the start, which no text in an 8-bit encoding or UTF-8
    /// has, gives it away (UTF-16, which has them, opens with a byte-order mark).
    static func binaryKind(_ data: Data) -> String? {
        let signatures: [(bytes: [UInt8], kind: String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"), (Array("GIF8".utf8), "a GIF image"),
            ([0x50, 0x4B, 0x03, 0x04], "a zip archive"), (Array("%PDF-".utf8), "a PDF document"),
        ]
        let head = data.prefix(8192)
        if let known = signatures.first(where: { head.starts(with: $0.bytes) }) { return known.kind }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return nil }
        return head.contains(0) ? "it has NUL bytes" : nil
    }

    /// `200 MiB`, `1.5 MiB`, `2 KiB`, `900 bytes`.
    static func size(_ count: Int) -> String {
        for (unit, name) in [(1 << 20, "MiB"), (1 << 10, "KiB")] where count >= unit {
            let amount = count % unit == 0 ? "\(count / unit)" : String(format: "%.1f", Double(count) / Double(unit))
            return "\(amount) \(name)"
        }
        return "\(count) bytes"
    }
}
