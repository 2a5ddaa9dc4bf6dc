import MekongCore

/// Something an extractor produces or consumes, so the pipeline can order extractors.
///
/// Written as `entity:TYPE` or `relation:PREDICATE`. The document's text, paragraphs, sentences and
/// tokens are always there and need not be declared.
public struct Capability: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The capability as written: `entity:TYPE` or `relation:PREDICATE`.
    public let rawValue: String

    /// A capability from its written form; the text is not checked.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Mentions of entities of this type.
    public static func entity(_ type: EntityType) -> Capability { Capability(rawValue: "entity:\(type.rawValue)") }
    /// Relations with this predicate.
    public static func relation(_ predicate: Predicate) -> Capability {
        Capability(rawValue: "relation:\(predicate.rawValue)")
    }

    /// The capability as written, as in ``rawValue``.
    public var description: String { rawValue }

    /// Orders capabilities alphabetically by their written form, for stable listings.
    public static func < (lhs: Capability, rhs: Capability) -> Bool { lhs.rawValue < rhs.rawValue }
}
