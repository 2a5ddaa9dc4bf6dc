/// The kind of a relation between two entities.
///
/// The core predicates are those of `docs/schema.md`; plugins may add namespaced ones.
public struct Predicate: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The predicate's name as stored and exported (`holds_position`, `acme.supplies`).
    public let rawValue: String

    /// Creates a predicate from its name, e.g. `"holds_position"`.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Creates a predicate from its name.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// person → organization: the person holds a post there; the `title` attribute is part of its identity.
    public static let holdsPosition = Predicate("holds_position")
    /// organization → organization: a sub-body or subordinate unit of the object.
    public static let partOf = Predicate("part_of")
    /// organization or place → place: the subject's seat or location.
    public static let locatedIn = Predicate("located_in")
    /// organization → document: the body issued the document; `date` attribute (ISO 8601) when stated.
    public static let issued = Predicate("issued")
    /// document → document: the subject carries out the object.
    public static let implements = Predicate("implements")
    /// document → any entity: the document is about the object.
    public static let concerns = Predicate("concerns")
    /// organization ↔ organization (symmetric): ongoing cooperation or coordination.
    public static let cooperatesWith = Predicate("cooperates_with")
    /// organization or person ↔ organization or person (symmetric): a working session, visit or meeting.
    public static let metWith = Predicate("met_with")
    /// organization ↔ organization (symmetric): an agreement signed between them.
    public static let signedWith = Predicate("signed_with")

    /// Every core predicate.
    public static let core: [Predicate] = [
        .holdsPosition, .partOf, .locatedIn, .issued, .implements, .concerns, .cooperatesWith, .metWith, .signedWith,
    ]

    /// Symmetric predicates are stored once; which end is the subject does not matter.
    public var isSymmetric: Bool { self == .cooperatesWith || self == .metWith || self == .signedWith }

    /// Attributes whose value is part of the relation's identity (`title` for `holds_position`).
    public var identifyingAttributes: [String] { self == .holdsPosition ? ["title"] : [] }

    /// The predicate's name, as in ``rawValue``.
    public var description: String { rawValue }

    /// Orders predicates alphabetically by name, for stable listings.
    public static func < (lhs: Predicate, rhs: Predicate) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
