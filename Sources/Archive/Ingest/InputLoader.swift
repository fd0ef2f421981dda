import Foundation

/// Reads an input's bytes and passes them to the reader for their format.
public struct InputLoader: Sendable {
    public init() {}

    /// Loads `input` into a document, or says in one line why it could not be read.
    public func load(_ input: InputCollector.Input) throws(InputProblem) -> InputDocument {
        let document: InputDocument
        switch input {
        case .standardInput:
            document = InputDocument(origin: "-", data: FileHandle.standardInput.readDataToEndOfFile())
        case let .file(path):
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
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
        let format = InputFormat.detect(document)
        guard let reader = ReaderRegistry.reader(for: format) else {
            throw InputProblem(origin: document.origin, reason: "\(format.rawValue) input is not supported")
        }
        try reader.read(document, emit: emit, report: report)
    }
}
