/// The tagger's labels: BIO tags (IOB2) over the CoNLL-2003 types. `misc` names (events,
/// nationalities, works) are learned so that they are not mistaken for the others, then dropped.
enum EntityTag: UInt8, CaseIterable, Sendable {
    case outside
    case beginPerson, insidePerson
    case beginOrganization, insideOrganization
    case beginPlace, insidePlace
    case beginMisc, insideMisc

    /// `allCases.count`, as a literal so that the scoring loops over tags unroll (a test checks it).
    @inline(__always) static var count: Int { 9 }

    enum EntityType: UInt8, Sendable { case person, organization, place, misc }

    var type: EntityType? {
        switch self {
        case .outside: nil
        case .beginPerson, .insidePerson: .person
        case .beginOrganization, .insideOrganization: .organization
        case .beginPlace, .insidePlace: .place
        case .beginMisc, .insideMisc: .misc
        }
    }

    var isBegin: Bool {
        self == .beginPerson || self == .beginOrganization || self == .beginPlace || self == .beginMisc
    }

    /// Whether this tag may follow `previous`: an inside tag continues a name of its own type.
    func mayFollow(_ previous: EntityTag) -> Bool {
        guard let type, !isBegin else { return true }
        return previous.type == type
    }

    init(type: EntityType, begins: Bool) {
        switch type {
        case .person: self = begins ? .beginPerson : .insidePerson
        case .organization: self = begins ? .beginOrganization : .insideOrganization
        case .place: self = begins ? .beginPlace : .insidePlace
        case .misc: self = begins ? .beginMisc : .insideMisc
        }
    }

    /// Parses a CoNLL label ("B-PER", "I-LOC", "O").
    init?(conll label: Substring) {
        switch label {
        case "O": self = .outside
        case "B-PER": self = .beginPerson
        case "I-PER": self = .insidePerson
        case "B-ORG": self = .beginOrganization
        case "I-ORG": self = .insideOrganization
        case "B-LOC": self = .beginPlace
        case "I-LOC": self = .insidePlace
        case "B-MISC": self = .beginMisc
        case "I-MISC": self = .insideMisc
        default: return nil
        }
    }
}
