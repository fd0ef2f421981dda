/// Turns the bytes of one input into article drafts.
///
/// Readers only read: they do not normalise text, extract entities or touch the database.
/// An input that holds many articles (a feed, JSON Lines) hands each to `emit` as soon as it
/// is read, so that large inputs stream; a bad record is passed to `report` and reading goes
/// on. Throwing an `InputProblem` means the input as a whole could not be read.
public protocol ArticleReader: Sendable {
    func read(
        _ document: InputDocument,
        emit: (ArticleDraft) throws -> Void,
        report: (InputProblem) -> Void
    ) throws
}
