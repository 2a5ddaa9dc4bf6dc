import MekongCore

/// What the name tagger says of one token: outside any name, or the beginning or inside of a name of one of the four
/// types gold files score. Written in the model file and the training data as CRFsuite's usual BIO tags ("B-ORG").
public enum NameLabel: Int, CaseIterable, Sendable {
    case outside
    case beginOrganization, insideOrganization
    case beginPerson, insidePerson
    case beginPlace, insidePlace
    case beginDocument, insideDocument

    /// The label for a token of a name of `type` (nil for types the tagger does not learn).
    public init?(type: EntityType, begins: Bool) {
        switch type {
        case .organization: self = begins ? .beginOrganization : .insideOrganization
        case .person: self = begins ? .beginPerson : .insidePerson
        case .place: self = begins ? .beginPlace : .insidePlace
        case .document: self = begins ? .beginDocument : .insideDocument
        default: return nil
        }
    }

    /// The label written as a BIO tag ("O", "B-ORG", "I-PER" …).
    public init?(tag: String) {
        guard let label = Self.allCases.first(where: { $0.tag == tag }) else { return nil }
        self = label
    }

    /// The BIO tag of the label.
    public var tag: String {
        guard let type = entityType else { return "O" }
        let code = switch type {
        case .organization: "ORG"
        case .person: "PER"
        case .place: "LOC"
        default: "DOC"
        }
        return (begins ? "B-" : "I-") + code
    }

    /// The type of the name the token belongs to; nil outside names.
    public var entityType: EntityType? {
        switch self {
        case .outside: nil
        case .beginOrganization, .insideOrganization: .organization
        case .beginPerson, .insidePerson: .person
        case .beginPlace, .insidePlace: .place
        case .beginDocument, .insideDocument: .document
        }
    }

    /// Whether the token opens a name.
    public var begins: Bool { [.beginOrganization, .beginPerson, .beginPlace, .beginDocument].contains(self) }
}
