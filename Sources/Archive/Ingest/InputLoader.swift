import Foundation

/// Reads an input's bytes and passes them to the reader for their format.
public struct InputLoader: Sendable {
    public init() {}

    /// Loads `input` into a document, or says in one line why it could not be read.
    public func load(_ input: InputCollector.Input) throws(InputProblem) -> InputDocument {
        switch input {
        case .standardInput:
            return InputDocument(origin: "-", data: FileHandle.standardInput.readDataToEndOfFile())
        case let .file(path):
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
                return InputDocument(origin: path, data: data)
            } catch {
                throw InputProblem(origin: path, reason: "cannot read the file (\(InputCollector.reason(error)))")
            }
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
