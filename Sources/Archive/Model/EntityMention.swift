/// The kinds of named entity the extractors recognise.
public enum EntityKind: String, Sendable, CaseIterable, Codable {
    case person
    case organization
    case place
}

/// One place where an article names a person, organization or place.
public struct EntityMention: Sendable, Equatable {
    /// The name as the article wrote it ("Zelenskyy"; "Trump" in "Mr. Trump": honorifics and roles are not part of a name).
    public var text: String
    public var kind: EntityKind
    /// The fullest form of the name within the article ("Donald Trump").
    public var name: String
    /// Index into the article's paragraphs; nil for the title.
    public var paragraph: Int?
    /// Offsets in Unicode scalars within the paragraph (or title), end exclusive.
    public var start: Int
    public var end: Int
    /// A role the article gives the person here ("President", "press secretary"), never part of the name.
    public var role: String?

    public init(text: String, kind: EntityKind, name: String, paragraph: Int?, start: Int, end: Int, role: String? = nil) {
        self.text = text
        self.kind = kind
        self.name = name
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.role = role
    }
}
