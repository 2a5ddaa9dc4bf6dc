/// `mekong relations --json` (docs/cli-json.md): the relations selected.
public struct RelationListJSON: Codable, Hashable, Sendable {
    /// The shape's version (``CLIJSON/version``).
    public var version = CLIJSON.version
    /// The relations, in id order.
    public var relations: [RelationJSON]
    /// Whether more relations match than `--limit` let through.
    public var more: Bool

    /// A document from its parts.
    public init(relations: [RelationJSON], more: Bool) {
        self.relations = relations
        self.more = more
    }
}
