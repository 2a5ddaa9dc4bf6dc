import Foundation
import MekongCore
import MekongStore
import PostgresNIO

/// The rows of a PostgreSQL store as the shared graph queries read them (``MekongStore/GraphRowReader``), with
/// the values and orders the SQLite store gives. Used inside one read-only snapshot
/// (``PostgresGraphStore/reading(_:)``).
struct PostgresRowReader: GraphRowReader {
    let store: PostgresGraphStore

    func entity(id: String) throws -> Entity? {
        guard let row = try store.run(
            "SELECT id, type, name, attributes::text FROM entities WHERE id = \(id)", "reading an entity").first
        else { return nil }
        let (id, type, name, attributes) = try row.decode((String, String, String, String).self)
        let names = try store.run(
            "SELECT name FROM entity_names WHERE entity_id = \(id) ORDER BY ord", "reading an entity's names"
        ).map { try $0.decode(String.self) }
        let mentions = try store.run(PostgresQuery(unsafeSQL: """
            SELECT \(PostgresRows.mentionColumns) FROM mentions WHERE entity_id = $1 ORDER BY \(PostgresRows.mentionOrder)
            """, binds: try PostgresGraphStore.binds(id)), "reading an entity's mentions").map { try PostgresRows.mention($0).mention }
        return try PostgresRows.entity(id: id, type: type, name: name, attributes: attributes, names: names, mentions: mentions)
    }

    func names(of ids: some Sequence<String>) throws -> [String: String] {
        try pairs("SELECT id, name FROM entities WHERE id = ANY(\(Array(Set(ids))))", "reading entity names")
    }

    func relation(id: String) throws -> Relation? {
        guard let row = try store.run(
            "SELECT id, subject, predicate, object, attributes::text FROM relations WHERE id = \(id)", "reading a relation"
        ).first else { return nil }
        let (id, subject, predicate, object, attributes) = try row.decode((String, String, String, String, String).self)
        let evidence = try store.run(PostgresQuery(unsafeSQL: """
            SELECT \(PostgresRows.evidenceColumns) FROM evidence WHERE relation_id = $1 ORDER BY \(PostgresRows.evidenceOrder)
            """, binds: try PostgresGraphStore.binds(id)), "reading a relation's evidence").map { try PostgresRows.evidence($0).evidence }
        return try PostgresRows.relation(
            id: id, subject: subject, predicate: predicate, object: object, attributes: attributes, evidence: evidence)
    }

    func edges(of ids: some Collection<String>) throws -> [String: [GraphEdge]] {
        var edges: [String: [GraphEdge]] = [:]
        guard !ids.isEmpty else { return edges }
        let list = Array(Set(ids))
        for row in try store.run(
            "SELECT id, subject, predicate, object FROM relations WHERE subject = ANY(\(list))", "reading relations")
        {
            let (id, subject, predicate, object) = try row.decode((String, String, String, String).self)
            edges[subject, default: []].append(GraphEdge(relation: id, predicate: predicate, other: object))
        }
        for row in try store.run(
            "SELECT id, subject, predicate, object FROM relations WHERE object = ANY(\(list)) AND subject <> object",
            "reading relations")
        {
            let (id, subject, predicate, object) = try row.decode((String, String, String, String).self)
            edges[object, default: []].append(GraphEdge(relation: id, predicate: predicate, other: subject))
        }
        for (id, list) in edges { edges[id] = list.sorted { Self.storeOrder($0.relation, $1.relation) } }
        return edges
    }

    func degree(of id: String) throws -> Int {
        try store.decode(store.run("""
            SELECT (SELECT count(*) FROM relations WHERE subject = \(id))
                 + (SELECT count(*) FROM relations WHERE object = \(id) AND subject <> \(id))
            """, "counting relations").first, as: Int.self)
    }

    func articles(ids: some Sequence<String>, withText: Bool) throws -> [Article] {
        var binds = PostgresBindings()
        binds.append(Array(Set(ids)))
        return try store.run(PostgresQuery(unsafeSQL: """
            SELECT \(PostgresRows.articleColumns(withText: withText)) FROM articles WHERE id = ANY($1) ORDER BY id
            """, binds: binds), "reading articles").map(PostgresRows.article)
    }

    func articleTitles(of ids: some Sequence<String>) throws -> [String: String] {
        try pairs("SELECT id, title FROM articles WHERE id = ANY(\(Array(Set(ids))))", "reading article titles")
    }

    func articleIDs(_ ids: [String], publishedIn range: PublishedRange) throws -> Set<String> {
        var binds = PostgresBindings()
        binds.append(ids)
        let condition = PostgresRows.published("published", in: range, binds: &binds)
        return Set(try store.run(
            PostgresQuery(unsafeSQL: "SELECT id FROM articles WHERE id = ANY($1) AND \(condition)", binds: binds),
            "reading articles' dates").map { try $0.decode(String.self) })
    }

    func relationIDs(evidencedIn articleID: String) throws -> Set<String> {
        Set(try store.run(
            "SELECT DISTINCT relation_id FROM evidence WHERE article_id = \(articleID)", "reading an article's relations"
        ).map { try $0.decode(String.self) })
    }

    func entityIDs(mentionedIn articleID: String) throws -> Set<String> {
        Set(try store.run(
            "SELECT DISTINCT entity_id FROM mentions WHERE article_id = \(articleID)", "reading an article's entities"
        ).map { try $0.decode(String.self) })
    }

    func entityIDs(ofType type: EntityType?) throws -> [String] {
        let rows = try type.map {
            try store.run("SELECT id FROM entities WHERE type = \($0.rawValue) ORDER BY id", "listing entities")
        } ?? store.run("SELECT id FROM entities ORDER BY id", "listing entities")
        return try rows.map { try $0.decode(String.self) }
    }

    func foldedNames(equalTo folded: String) throws -> [FoldedName] {
        try folds("SELECT DISTINCT entity_id, folded FROM entity_names WHERE folded = \(folded)")
    }

    /// Answered by the trigram index (pg_trgm) of the search forms when the server has it.
    func foldedNames(containing needle: String) throws -> [FoldedName] {
        try folds("SELECT DISTINCT entity_id, folded FROM entity_names WHERE folded LIKE \(LikePattern.containing(needle))")
    }

    func foldedNames(scalarCountFrom lower: Int, to upper: Int) throws -> [FoldedName] {
        try folds("SELECT DISTINCT entity_id, folded FROM entity_names WHERE length(folded) BETWEEN \(lower) AND \(upper)")
    }

    private func folds(_ query: PostgresQuery) throws -> [FoldedName] {
        try store.run(query, "searching names").map { row in
            let (entity, folded) = try row.decode((String, String).self)
            return FoldedName(entity: entity, folded: folded)
        }
    }

    private func pairs(_ query: PostgresQuery, _ doing: String) throws -> [String: String] {
        var pairs: [String: String] = [:]
        for row in try store.run(query, doing) {
            let (key, value) = try row.decode((String, String).self)
            pairs[key] = value
        }
        return pairs
    }
}
