/// An entity as a curation names it: its type and a name, never a store's internal id (ids differ from one
/// store to the next, names and types do not).
///
/// The name is matched ignoring case, tone-mark position and white space (``NameNormalizer/key(_:)``): first
/// against canonical names, then against every name the entity is known by.
public struct CuratedEntity: Hashable, Sendable, CustomStringConvertible {
    /// The entity's type (`organization`, `person`, or a plugin's own type).
    public var type: EntityType
    /// A name of the entity: its canonical name when the curation was recorded.
    public var name: String

    /// The entity of `type` named `name`.
    public init(type: EntityType, name: String) {
        self.type = type
        self.name = name
    }

    /// `organization "Đại học Luật"`.
    public var description: String { "\(type) \"\(name)\"" }
}
