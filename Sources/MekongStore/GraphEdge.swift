/// One step away from an entity: the relation (by id), its predicate and the entity at its other end.
public struct GraphEdge: Sendable, Equatable {
    /// The relation's id.
    public var relation: String
    /// The relation's predicate, as stored.
    public var predicate: String
    /// The entity at the relation's other end.
    public var other: String

    /// An edge.
    public init(relation: String, predicate: String, other: String) {
        self.relation = relation
        self.predicate = predicate
        self.other = other
    }
}
