import MekongCore

/// The reads every graph query is built from, with the values and orders of the whole graph: rows of one
/// store, read inside one snapshot. The SQLite store and the PostgreSQL store each implement them, and the
/// queries themselves (neighbourhoods, shortest paths, name search and resolution; ``GraphRowReader`` extensions)
/// are written once, so that both stores give the same answers.
///
/// Ids are ordered as the stores order text: by the bytes of their UTF-8 (``storeOrder(_:_:)``).
public protocol GraphRowReader {
    /// The entity with this id, with its aliases (its distinct names other than the canonical one, in the order
    /// first stored) and its mentions (by article, then offsets), or nil.
    func entity(id: String) throws -> Entity?
    /// The canonical names of these entities, by id (ids the store does not hold are left out).
    func names(of ids: some Sequence<String>) throws -> [String: String]
    /// The relation with this id, with its evidence ordered by article, offsets, extractor and rule, or nil.
    func relation(id: String) throws -> Relation?
    /// The relations that touch each of these entities (either end), ordered by relation id; a relation from an
    /// entity to itself is listed once.
    func edges(of ids: some Collection<String>) throws -> [String: [GraphEdge]]
    /// How many relations touch the entity (a relation to itself counts once).
    func degree(of id: String) throws -> Int
    /// The articles with these ids, ordered by id; without their text (empty) unless `withText`.
    func articles(ids: some Sequence<String>, withText: Bool) throws -> [Article]
    /// The titles of these articles, by id.
    func articleTitles(of ids: some Sequence<String>) throws -> [String: String]
    /// Which of these articles were published in `range` (an undated article is outside a range with an end).
    func articleIDs(_ ids: [String], publishedIn range: PublishedRange) throws -> Set<String>
    /// The relations with evidence from the article, by id.
    func relationIDs(evidencedIn articleID: String) throws -> Set<String>
    /// The entities the article mentions, by id.
    func entityIDs(mentionedIn articleID: String) throws -> Set<String>
    /// The ids, in id order, of the entities of `type` (every entity when nil).
    func entityIDs(ofType type: EntityType?) throws -> [String]
    /// The (entity id, search form) of every distinct name whose search form (``MekongCore/NameNormalizer/fold(_:)``)
    /// is `folded`.
    func foldedNames(equalTo folded: String) throws -> [FoldedName]
    /// The (entity id, search form) of every distinct name whose search form contains `needle`: at least those;
    /// the caller checks each with Swift's `contains`.
    func foldedNames(containing needle: String) throws -> [FoldedName]
    /// The (entity id, search form) of every distinct name whose search form has between `lower` and `upper`
    /// Unicode scalars.
    func foldedNames(scalarCountFrom lower: Int, to upper: Int) throws -> [FoldedName]

    // MARK: Summaries (``summary(maxEntities:includeIsolated:predicates:published:)``)

    /// Every entity that a relation of `predicates` (all when nil) reported in `range` touches, with how many such
    /// relations touch it (a relation to itself counts once): the highest count first, ties in id order.
    func rankedDegrees(predicates: Set<Predicate>?, reportedIn range: PublishedRange) throws -> [(id: String, degree: Int)]
    /// How many entities the store holds.
    func entityCount() throws -> Int
    /// How many relations of `predicates` (all when nil) are reported in `range`.
    func relationCount(predicates: Set<Predicate>?, reportedIn range: PublishedRange) throws -> Int
    /// The first `limit` (all when nil) entities, in id order, that no relation of `predicates` reported in `range`
    /// touches.
    func isolatedEntityIDs(predicates: Set<Predicate>?, reportedIn range: PublishedRange, limit: Int?) throws -> [String]
    /// Which of these relations an article published in `range` states (one piece of evidence from it is enough).
    func relationIDs(_ ids: [String], reportedIn range: PublishedRange) throws -> Set<String>
    /// These entities, in this order, with their aliases but without their mentions (a drawing shows none).
    func entitiesWithoutMentions(_ ids: [String]) throws -> [Entity]
}

extension GraphRowReader {
    /// Text ordered as both stores order it: by the bytes of its UTF-8 (SQLite's `ORDER BY`, PostgreSQL's "C"
    /// collation), which is how the whole graph is ordered.
    public static func storeOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
