import MekongCore

/// Which relations ``GraphStore/relationListing(_:)`` lists.
public struct RelationFilter: Hashable, Sendable {
    /// Only relations of these predicates, or of any when nil.
    public var predicates: Set<Predicate>?
    /// Only relations whose subject is the entity with this id.
    public var subject: String?
    /// Only relations whose object is the entity with this id.
    public var object: String?
    /// Only relations with evidence from an article published in this range.
    public var published: PublishedRange
    /// At most this many relations (the first in id order), or all when nil.
    public var limit: Int?

    /// A filter from its parts; the default lists every relation.
    public init(
        predicates: Set<Predicate>? = nil, subject: String? = nil, object: String? = nil,
        published: PublishedRange = .all, limit: Int? = nil
    ) {
        self.predicates = predicates
        self.subject = subject
        self.object = object
        self.published = published
        self.limit = limit
    }
}
