/// `mekong neighbors --json` (docs/cli-json.md): the entities within some hops of one, and the relations
/// followed.
public struct NeighborhoodJSON: Codable, Hashable, Sendable {
    /// The shape's version (``CLIJSON/version``).
    public var version = CLIJSON.version
    /// The entity the walk started from.
    public var entity: EntityReferenceJSON
    /// How many hops were followed.
    public var depth: Int
    /// The entities reached, the start included, in id order.
    public var entities: [EntityJSON]
    /// The relations followed, in id order.
    public var relations: [RelationJSON]

    /// A document from its parts.
    public init(entity: Entity, depth: Int, entities: [Entity], relations: [RelationJSON]) {
        self.entity = EntityReferenceJSON(id: entity.id, name: entity.name)
        self.depth = depth
        self.entities = entities.map(EntityJSON.init)
        self.relations = relations
    }
}
