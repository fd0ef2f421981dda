import Foundation

/// Results go to standard output; diagnostics, progress and summaries to standard error.
enum StandardStreams {
    static func writeError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static var errorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}

/// Buffers standard output: printing a record at a time through `print` is slow for large outputs.
final class OutputBuffer {
    private var buffer: [UInt8] = []

    func line(_ text: String, terminated: Bool = true) {
        buffer.append(contentsOf: text.utf8)
        if terminated { buffer.append(10) }
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { pointer in
            var offset = 0
            while offset < pointer.count {
                let written = write(STDOUT_FILENO, pointer.baseAddress! + offset, pointer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
