/// `mekong path --json` (docs/cli-json.md): a chain of relations between two entities.
public struct PathJSON: Codable, Hashable, Sendable {
    /// The shape's version (``CLIJSON/version``).
    public var version = CLIJSON.version
    /// Where the chain starts.
    public var from: EntityReferenceJSON
    /// Where it ends.
    public var to: EntityReferenceJSON
    /// Whether a chain joins them (an entity is joined to itself by the empty chain).
    public var found: Bool
    /// The chains, each a list of relations from `from` to `to`: one shortest chain, or every one with
    /// `--all-shortest`; empty when none joins them.
    public var paths: [[RelationJSON]]

    /// A document from its parts.
    public init(from: Entity, to: Entity, paths: [[RelationJSON]]) {
        self.from = EntityReferenceJSON(id: from.id, name: from.name)
        self.to = EntityReferenceJSON(id: to.id, name: to.name)
        self.found = !paths.isEmpty
        self.paths = paths
    }
}
