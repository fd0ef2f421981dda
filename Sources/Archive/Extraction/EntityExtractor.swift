/// Finds the people, organizations and places an article names.
public struct EntityExtractor: Sendable {
    public init() {}

    /// Mentions in the title (`paragraph == nil`) and in each paragraph, in text order.
    public func extract(title: String?, paragraphs: [String]) -> [EntityMention] {
        []
    }
}
