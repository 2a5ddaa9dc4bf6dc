import GRDB
import MekongCore

extension GraphStore {
    /// The relations that touch the entity, either end, with their evidence, ordered by id: what
    /// ``MekongCore/KnowledgeGraph/relations(of:)`` gives on the loaded graph, read through the indexes.
    public func relations(of entityID: String) throws(StoreError) -> [Relation] {
        try reading { db in try StoredGraphReader(db: db).relations(of: entityID) }
    }

    /// The canonical names of these entities, by id (ids the store does not hold are left out).
    public func entityNames(_ ids: some Sequence<String>) throws(StoreError) -> [String: String] {
        try reading { db in try StoredGraphReader(db: db).names(of: ids) }
    }

    /// The titles of these articles, by id (ids the store does not hold are left out).
    public func articleTitles(_ ids: some Sequence<String>) throws(StoreError) -> [String: String] {
        try reading { db in try StoredGraphReader(db: db).articleTitles(of: ids) }
    }

    /// The part of the graph within `depth` hops of the entity, following only `predicates` when given:
    /// the graph ``MekongCore/KnowledgeGraph/neighborhood(of:depth:predicates:)`` gives on the loaded
    /// graph, read one hop at a time.
    ///
    /// Its entities come with their aliases and mentions, its relations with their evidence, and its articles
    /// are those its mentions and evidence cite, without their text (``article(id:)`` reads one with it).
    public func neighborhood(of entityID: String, depth: Int, predicates: Set<Predicate>? = nil)
        throws(StoreError) -> KnowledgeGraph
    {
        try reading { db in try StoredGraphReader(db: db).neighborhood(of: entityID, depth: depth, predicates: predicates) }
    }

    /// The relations of ``neighborhood(of:depth:predicates:)``, ordered by id, without reading the entities'
    /// mentions or the articles: what `neighbors` prints.
    public func neighborhoodRelations(of entityID: String, depth: Int, predicates: Set<Predicate>? = nil)
        throws(StoreError) -> [Relation]
    {
        try reading { db in
            try StoredGraphReader(db: db).neighborhoodRelations(of: entityID, depth: depth, predicates: predicates)
        }
    }

    /// What one article contributed: its entities and the relations with evidence from it (each with all its
    /// evidence), and the article itself, as ``MekongCore/KnowledgeGraph/restricted(toArticle:)`` gives it.
    public func contribution(ofArticle articleID: String) throws(StoreError) -> KnowledgeGraph {
        try reading { db in try StoredGraphReader(db: db).contribution(ofArticle: articleID) }
    }

    /// The first article (in id order) whose id or path is `reference`, or whose path ends with `/reference`;
    /// nil when none is.
    public func findArticle(_ reference: String) throws(StoreError) -> String? {
        try reading { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT id FROM articles WHERE id = ?1 OR path = ?1
                    OR substr(path, -length(?2)) = ?2
                    ORDER BY id LIMIT 1
                    """,
                arguments: [reference, "/" + reference])
        }
    }

    /// The first `limit` article ids, in id order.
    public func articleIDs(limit: Int) throws(StoreError) -> [String] {
        try reading { db in try String.fetchAll(db, sql: "SELECT id FROM articles ORDER BY id LIMIT ?", arguments: [limit]) }
    }
}
