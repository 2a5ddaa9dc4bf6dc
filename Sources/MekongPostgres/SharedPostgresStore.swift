import Foundation
import MekongCore
import MekongStore

/// A PostgreSQL store that several threads may question at once (the pages of `mekong serve`): one connection,
/// one question at a time. A ``PostgresGraphStore`` is one connection used from one thread; this takes turns on it.
public final class SharedPostgresStore: GraphQuerying, PatternQuerying, @unchecked Sendable {
    private let store: PostgresGraphStore
    private let lock = NSLock()

    /// Opens the store at `location` for reading (it must hold a store of this schema version).
    /// - Throws: ``PostgresStoreError`` as ``PostgresGraphStore/init(location:migrating:)`` does.
    public init(location: PostgresLocation) throws(PostgresStoreError) {
        store = try PostgresGraphStore(location: location, migrating: false)
    }

    private func turn<T>(_ body: (PostgresGraphStore) throws -> T) throws -> T {
        try lock.withLock { try body(store) }
    }

    public func entities(type: EntityType?, search: String?) throws -> [Entity] {
        try turn { try $0.entities(type: type, search: search) }
    }

    public func entity(id: String) throws -> Entity? { try turn { try $0.entity(id: id) } }

    public func suggestions(for text: String, limit: Int) throws -> [String] {
        try turn { try $0.suggestions(for: text, limit: limit) }
    }

    public func article(id: String) throws -> Article? { try turn { try $0.article(id: id) } }

    public func statistics() throws -> StoreStatistics { try turn { try $0.statistics() } }

    public func resolve(_ nameOrID: String) throws -> Entity { try turn { try $0.resolve(nameOrID) } }

    public func relations(of entityID: String) throws -> [Relation] { try turn { try $0.relations(of: entityID) } }

    public func entityNames(_ ids: some Sequence<String>) throws -> [String: String] {
        let ids = Array(ids)
        return try turn { try $0.entityNames(ids) }
    }

    public func articleSummaries(_ ids: some Sequence<String>) throws -> [String: ArticleSummary] {
        let ids = Array(ids)
        return try turn { try $0.articleSummaries(ids) }
    }

    public func articleListing(_ filter: ArticleFilter) throws -> ArticleListing {
        try turn { try $0.articleListing(filter) }
    }

    public func relationListing(_ filter: RelationFilter) throws -> RelationListing {
        try turn { try $0.relationListing(filter) }
    }

    public func neighborhood(of entityID: String, depth: Int, predicates: Set<MekongCore.Predicate>?) throws
        -> KnowledgeGraph
    {
        try turn { try $0.neighborhood(of: entityID, depth: depth, predicates: predicates) }
    }

    public func neighborhoodRelations(of entityID: String, depth: Int, predicates: Set<MekongCore.Predicate>?) throws
        -> [Relation]
    {
        try turn { try $0.neighborhoodRelations(of: entityID, depth: depth, predicates: predicates) }
    }

    public func shortestPaths(from start: String, to goal: String, constraints: PathConstraints, limit: Int) throws
        -> [[Relation]]?
    {
        try turn { try $0.shortestPaths(from: start, to: goal, constraints: constraints, limit: limit) }
    }

    public func contribution(ofArticle articleID: String) throws -> KnowledgeGraph {
        try turn { try $0.contribution(ofArticle: articleID) }
    }

    public func findArticle(_ reference: String) throws -> String? { try turn { try $0.findArticle(reference) } }

    public func articleIDs(limit: Int) throws -> [String] { try turn { try $0.articleIDs(limit: limit) } }

    public func keepingEvidence(of relations: [Relation], reportedIn range: PublishedRange) throws -> [Relation] {
        try turn { try $0.keepingEvidence(of: relations, reportedIn: range) }
    }

    public func summary(
        maxEntities: Int?, includeIsolated: Bool, predicates: Set<MekongCore.Predicate>?, published: PublishedRange
    ) throws -> GraphSummary {
        try turn {
            try $0.summary(maxEntities: maxEntities, includeIsolated: includeIsolated, predicates: predicates, published: published)
        }
    }

    public func loadGraph() throws -> KnowledgeGraph { try turn { try $0.loadGraph() } }

    /// How long one pattern query may run: pages take turns on one connection, so one heavy query must not hold
    /// every other page.
    public static let queryTimeout = 30

    /// Answers `query`, stopped after ``queryTimeout`` seconds.
    public func query(_ query: PatternQuery) throws -> QueryResult {
        try turn { try $0.query(query, timeout: Self.queryTimeout) }
    }

    public func compile(_ query: PatternQuery) throws -> CompiledQuery { try turn { try $0.compile(query) } }

    public func queryPlan(_ query: PatternQuery) throws -> [String] { try turn { try $0.queryPlan(query) } }
}
