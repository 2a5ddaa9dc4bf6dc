/// The kind of thing an entity is.
///
/// The four core types (`organization`, `person`, `place`, `document`) mean exactly what
/// `docs/schema.md` says everywhere in Mekong. Plugins may add namespaced types of their own
/// (`acme.product`); any string is accepted, so a store written by a newer plugin still loads.
public struct EntityType: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The type's name as stored and exported (`organization`, `acme.product`).
    public let rawValue: String

    /// Creates a type from its name, e.g. `"organization"` or `"acme.product"`.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Creates a type from its name.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Any named body: Party committees, state agencies, academies, schools, ministries, companies, news agencies.
    public static let organization = EntityType("organization")
    /// A real person named in the text; the canonical name has no honorific or title.
    public static let person = EntityType("person")
    /// A named administrative unit or geographic place, without the unit word unless it is part of the name.
    public static let place = EntityType("place")
    /// A legal, Party or state document, named by its symbol (`11-QĐ/TW`) or else its title.
    public static let document = EntityType("document")
    /// A meeting, conference or signing; not scored by the core evaluation.
    public static let event = EntityType("event")
    /// A title as a thing of its own; not scored by the core evaluation.
    public static let position = EntityType("position")
    /// A date; not scored by the core evaluation.
    public static let date = EntityType("date")
    /// An amount or number of something; not scored by the core evaluation.
    public static let quantity = EntityType("quantity")

    /// The types the core evaluation scores.
    public static let core: [EntityType] = [.organization, .person, .place, .document]

    /// Whether the core evaluation scores this type.
    public var isCore: Bool { Self.core.contains(self) }

    /// A short prefix for entity ids (`org`, `person`, `place`, `doc`, or the type itself).
    public var idPrefix: String {
        switch self {
        case .organization: "org"
        case .document: "doc"
        default: rawValue
        }
    }

    /// The type's name, as in ``rawValue``.
    public var description: String { rawValue }

    /// Orders types alphabetically by name, for stable listings.
    public static func < (lhs: EntityType, rhs: EntityType) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
