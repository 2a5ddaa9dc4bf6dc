/// One end of a relation in the CLI's JSON (docs/cli-json.md): the entity's id and its canonical name.
public struct EntityReferenceJSON: Codable, Hashable, Sendable {
    /// The entity id.
    public var id: String
    /// The canonical name; the id again when the store does not hold the entity.
    public var name: String

    /// A reference from its parts.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
