import Testing
import Foundation
@testable import Archive

/// Runs a reader over a document written in a test and keeps what it emitted and reported.
struct Reading {
    var drafts: [ArticleDraft] = []
    var problems: [InputProblem] = []

    init(_ reader: any ArticleReader, _ text: String, origin: String) throws {
        try self.init(reader, Data(text.utf8), origin: origin)
    }

    init(_ reader: any ArticleReader, _ data: Data, origin: String) throws {
        var drafts: [ArticleDraft] = []
        var problems: [InputProblem] = []
        try reader.read(InputDocument(origin: origin, data: data), emit: { drafts.append($0) }, report: { problems.append($0) })
        self.drafts = drafts
        self.problems = problems
    }

    /// Reads `document` with the reader `InputLoader` picks for it.
    static func detected(_ text: String, origin: String) throws -> Reading {
        let document = InputDocument(origin: origin, data: Data(text.utf8))
        let reader = try #require(ReaderRegistry.reader(for: InputFormat.detect(document)))
        return try Reading(reader, text, origin: origin)
    }
}
