import MekongCore

/// The relations a filter selects.
public struct RelationListing: Hashable, Sendable {
    /// The relations, in id order, each with all its evidence (a date range selects the relation, not the
    /// sentences shown).
    public var relations: [Relation]
    /// Whether the filter selects more relations than its limit let through.
    public var hasMore: Bool

    /// A listing from its parts.
    public init(relations: [Relation], hasMore: Bool = false) {
        self.relations = relations
        self.hasMore = hasMore
    }
}
