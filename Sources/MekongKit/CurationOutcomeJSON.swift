/// What `mekong curate …` and `mekong articles delete` print with `--json` (docs/cli-json.md): the entry
/// recorded (or, for `curate undo`, removed), whether the store changed, and the entities it leaves.
public struct CurationOutcomeJSON: Codable, Hashable, Sendable {
    /// The shape's version (``CLIJSON/version``).
    public var version = CLIJSON.version
    /// The entry.
    public var curation: CurationEntryJSON
    /// Whether the store changed.
    public var changed: Bool
    /// The survivor of a merge, the entity renamed or given an alias, both entities of a split-off; empty for a
    /// deletion or an undo.
    public var entities: [EntityJSON]

    /// The JSON of an outcome.
    public init(_ outcome: Curator.Outcome) {
        curation = CurationEntryJSON(outcome.entry, number: outcome.number)
        changed = outcome.changed
        entities = outcome.entities.map(EntityJSON.init)
    }
}
