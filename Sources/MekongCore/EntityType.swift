/// The kind of thing an entity is.
///
/// The four core types (`organization`, `person`, `place`, `document`) mean exactly what
/// `docs/schema.md` says everywhere in Mekong. Plugins may add namespaced types of their own
/// (`acme.product`); any string is accepted, so a store written by a newer plugin still loads.
public struct EntityType: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Creates a type from its name, e.g. `"organization"` or `"acme.product"`.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Creates a type from its name.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static let organization = EntityType("organization")
    public static let person = EntityType("person")
    public static let place = EntityType("place")
    public static let document = EntityType("document")
    public static let event = EntityType("event")
    public static let position = EntityType("position")
    public static let date = EntityType("date")
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

    public var description: String { rawValue }

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
