/// The kind of a relation between two entities.
///
/// The core predicates are those of `docs/schema.md`; plugins may add namespaced ones.
public struct Predicate: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Creates a predicate from its name, e.g. `"holds_position"`.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Creates a predicate from its name.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static let holdsPosition = Predicate("holds_position")
    public static let partOf = Predicate("part_of")
    public static let locatedIn = Predicate("located_in")
    public static let issued = Predicate("issued")
    public static let implements = Predicate("implements")
    public static let concerns = Predicate("concerns")
    public static let cooperatesWith = Predicate("cooperates_with")
    public static let metWith = Predicate("met_with")
    public static let signedWith = Predicate("signed_with")

    /// Every core predicate.
    public static let core: [Predicate] = [
        .holdsPosition, .partOf, .locatedIn, .issued, .implements, .concerns, .cooperatesWith, .metWith, .signedWith,
    ]

    /// Symmetric predicates are stored once; which end is the subject does not matter.
    public var isSymmetric: Bool { self == .cooperatesWith || self == .metWith || self == .signedWith }

    /// Attributes whose value is part of the relation's identity (`title` for `holds_position`).
    public var identifyingAttributes: [String] { self == .holdsPosition ? ["title"] : [] }

    public var description: String { rawValue }

    public static func < (lhs: Predicate, rhs: Predicate) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
