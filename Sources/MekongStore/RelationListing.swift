import MekongCore

/// The relations a filter selects.
public struct RelationListing: Hashable, Sendable {
    /// The relations, in id order, each with all its evidence (a date range selects the relation, not the
    /// sentences shown).
    public var relations: [Relation]
    /// How many relations the filter selects before its limit.
    public var total: Int

    /// A listing from its parts.
    public init(relations: [Relation], total: Int) {
        self.relations = relations
        self.total = total
    }
}
