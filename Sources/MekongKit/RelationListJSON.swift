/// `mekong relations --json` (docs/cli-json.md): the relations selected.
public struct RelationListJSON: Codable, Hashable, Sendable {
    /// The shape's version (``CLIJSON/version``).
    public var version = CLIJSON.version
    /// The relations, in id order.
    public var relations: [RelationJSON]
    /// How many relations the filter selects before `--limit`.
    public var total: Int

    /// A document from its parts.
    public init(relations: [RelationJSON], total: Int) {
        self.relations = relations
        self.total = total
    }
}
