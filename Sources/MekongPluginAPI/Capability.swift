import MekongCore

/// Something an extractor produces or consumes, so the pipeline can order extractors.
///
/// Written as `entity:TYPE` or `relation:PREDICATE`. The document's text, paragraphs, sentences and
/// tokens are always there and need not be declared.
public struct Capability: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// Mentions of entities of this type.
    public static func entity(_ type: EntityType) -> Capability { Capability(rawValue: "entity:\(type.rawValue)") }
    /// Relations with this predicate.
    public static func relation(_ predicate: Predicate) -> Capability {
        Capability(rawValue: "relation:\(predicate.rawValue)")
    }

    public var description: String { rawValue }

    public static func < (lhs: Capability, rhs: Capability) -> Bool { lhs.rawValue < rhs.rawValue }
}
