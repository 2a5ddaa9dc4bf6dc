/// `mekong entities --json` (docs/cli-json.md).
public struct EntityListJSON: Codable, Hashable, Sendable {
    /// The shape's version (``CLIJSON/version``).
    public var version = CLIJSON.version
    /// The entities, most mentioned first, then by name.
    public var entities: [EntityJSON]

    /// The document of these entities.
    public init(_ entities: [Entity]) {
        self.entities = entities.map(EntityJSON.init)
    }
}
