import Foundation
internal import CZlib

/// Decompresses gzip input (`.gz` files, or gzip bytes on standard input) before its format is
/// detected, so that every reader sees plain bytes.
///
/// Several gzip members one after another (as `cat a.gz b.gz` makes) read as one stream, as
/// `gunzip` reads them. The output is capped so that a small file cannot expand to fill memory.
public enum Gzip {
    /// The largest decompressed size accepted: far above any news input, far below a gzip bomb.
    public static let maximumSize = 1 << 30

    public enum Failure: Error, Equatable, LocalizedError {
        case truncated
        case corrupt(String)
        case tooLarge(limit: Int)

        public var errorDescription: String? {
            switch self {
            case .truncated:
                return "the gzip data is truncated (it ends before its compressed stream does); fetch the file again"
            case let .corrupt(detail):
                return "the gzip data is corrupt (\(detail))"
            case let .tooLarge(limit):
                return "the gzip data expands to more than \(limit / (1 << 20)) MiB; decompress it yourself if it is really meant to be read"
            }
        }
    }

    /// True when `data` opens with the gzip magic number.
    public static func isCompressed(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    public static func decompress(_ data: Data, limit: Int = maximumSize) throws(Failure) -> Data {
        guard !data.isEmpty else { throw .truncated }
        var stream = z_stream()
        // 16 + MAX_WBITS: a gzip wrapper, not zlib or raw deflate.
        guard inflateInit2_(&stream, 16 + MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt("zlib could not start")
        }
        defer { inflateEnd(&stream) }

        var output = Data()
        let chunkSize = 1 << 16
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        let input = Array(data)
        var consumed = 0
        while true {
            let status: Int32 = input.withUnsafeBufferPointer { inputBuffer in
                chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    stream.next_in = UnsafeMutablePointer(mutating: inputBuffer.baseAddress! + consumed)
                    stream.avail_in = UInt32(input.count - consumed)
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = UInt32(chunkSize)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    consumed = input.count - Int(stream.avail_in)
                    return status
                }
            }
            let produced = chunkSize - Int(stream.avail_out)
            guard output.count + produced <= limit else { throw .tooLarge(limit: limit) }
            output.append(contentsOf: chunk[..<produced])
            switch status {
            case Z_STREAM_END:
                // Another member may follow; anything else after the end is ignored, as gunzip does with padding.
                let rest = data.dropFirst(consumed)
                guard isCompressed(rest) else { return output }
                inflateReset(&stream)
            case Z_OK:
                continue
            case Z_BUF_ERROR:
                // No progress is possible: the input ran out before the stream ended.
                throw .truncated
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                throw .corrupt(message)
            }
        }
    }
}
