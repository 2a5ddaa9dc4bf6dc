import MekongCore

/// The questions the query commands (`entities`, `show`, `neighbors`, `path`, `relations`, `articles`, `render`
/// and `export`, and the pages of `serve`) ask a store, which both the SQLite store (``GraphStore``) and the
/// PostgreSQL store answer with the same results: each reads only the rows its answer needs (the shared logic is
/// ``GraphRowReader``'s), but ``loadGraph()``.
public protocol GraphQuerying {
    /// Entities of a type (all types when nil) whose names contain `search`, ignoring case and diacritics, most
    /// mentioned first, then by name.
    func entities(type: EntityType?, search: String?) throws -> [Entity]
    /// The entity with this id, with its aliases and mentions, or nil.
    func entity(id: String) throws -> Entity?
    /// Up to `limit` entity names closest to `text`, for "did you mean".
    func suggestions(for text: String, limit: Int) throws -> [String]
    /// The article with this id, with its text, or nil.
    func article(id: String) throws -> Article?
    /// How many articles, entities, relations, mentions and pieces of evidence the store holds.
    func statistics() throws -> StoreStatistics
    /// One entity by id, or by a name or alias; throws ``MekongCore/GraphQueryError`` when none or several match.
    func resolve(_ nameOrID: String) throws -> Entity
    /// The relations that touch the entity, either end, with their evidence, ordered by id.
    func relations(of entityID: String) throws -> [Relation]
    /// The canonical names of these entities, by id.
    func entityNames(_ ids: some Sequence<String>) throws -> [String: String]
    /// The summaries of these articles, by id.
    func articleSummaries(_ ids: some Sequence<String>) throws -> [String: ArticleSummary]
    /// The articles `filter` selects, newest first, each with how many entities and relations it contributed.
    func articleListing(_ filter: ArticleFilter) throws -> ArticleListing
    /// The relations `filter` selects, in id order, with their evidence.
    func relationListing(_ filter: RelationFilter) throws -> RelationListing
    /// The part of the graph within `depth` hops of the entity, following only `predicates` when given.
    func neighborhood(of entityID: String, depth: Int, predicates: Set<Predicate>?) throws -> KnowledgeGraph
    /// The relations of ``neighborhood(of:depth:predicates:)``, ordered by id.
    func neighborhoodRelations(of entityID: String, depth: Int, predicates: Set<Predicate>?) throws -> [Relation]
    /// The shortest chains between two entities avoiding what `constraints` exclude, up to `limit` of them.
    func shortestPaths(from start: String, to goal: String, constraints: PathConstraints, limit: Int) throws -> [[Relation]]?
    /// What one article contributed: its entities, the relations with evidence from it (each with all its
    /// evidence), and the article itself with its text.
    func contribution(ofArticle articleID: String) throws -> KnowledgeGraph
    /// The first article (in id order) whose id or path is `reference`, or whose path ends with `/reference`.
    func findArticle(_ reference: String) throws -> String?
    /// The first `limit` article ids, in id order.
    func articleIDs(limit: Int) throws -> [String]
    /// The relations with only their evidence from articles published in `range` (all of it when unbounded).
    func keepingEvidence(of relations: [Relation], reportedIn range: PublishedRange) throws -> [Relation]
    /// The whole graph cut down for drawing, read without loading it
    /// (``GraphRowReader/summary(maxEntities:includeIsolated:predicates:published:)``).
    func summary(
        maxEntities: Int?, includeIsolated: Bool, predicates: Set<Predicate>?, published: PublishedRange
    ) throws -> GraphSummary
    /// The whole graph in memory, read in one snapshot: articles (with their text), entities and relations ordered
    /// by id. Only for what must hold the whole graph at once (a DOT export of all of it); everything else reads
    /// the rows it needs or streams.
    func loadGraph() throws -> KnowledgeGraph
}

extension GraphStore: GraphQuerying {}
