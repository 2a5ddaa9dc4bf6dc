import MekongCore
import MekongStore
import PostgresNIO

/// The reads of a summary (``MekongStore/GraphRowReader/summary(maxEntities:includeIsolated:predicates:published:)``)
/// on the PostgreSQL store: aggregates over the relations table, ids only, with the SQLite store's orders.
extension PostgresRowReader {
    func rankedDegrees(predicates: Set<MekongCore.Predicate>?, reportedIn range: PublishedRange) throws
        -> [(id: String, degree: Int)]
    {
        var binds = PostgresBindings()
        let condition = Self.selecting(predicates: predicates, reportedIn: range, binds: &binds)
        return try store.run(PostgresQuery(unsafeSQL: """
            SELECT entity, count(*) AS degree FROM (
                SELECT subject AS entity FROM relations r WHERE \(condition)
                UNION ALL SELECT object FROM relations r WHERE \(condition) AND object <> subject) touching
            GROUP BY entity ORDER BY degree DESC, entity COLLATE "C"
            """, binds: binds), "counting relations").map { row in
            let (id, degree) = try row.decode((String, Int).self)
            return (id, degree)
        }
    }

    func entityCount() throws -> Int {
        try store.decode(store.run("SELECT count(*) FROM entities", "counting entities").first, as: Int.self)
    }

    func relationCount(predicates: Set<MekongCore.Predicate>?, reportedIn range: PublishedRange) throws -> Int {
        var binds = PostgresBindings()
        let condition = Self.selecting(predicates: predicates, reportedIn: range, binds: &binds)
        return try store.decode(store.run(
            PostgresQuery(unsafeSQL: "SELECT count(*) FROM relations r WHERE \(condition)", binds: binds),
            "counting relations").first, as: Int.self)
    }

    func isolatedEntityIDs(predicates: Set<MekongCore.Predicate>?, reportedIn range: PublishedRange, limit: Int?) throws
        -> [String]
    {
        var binds = PostgresBindings()
        let condition = Self.selecting(predicates: predicates, reportedIn: range, binds: &binds)
        return try store.run(PostgresQuery(unsafeSQL: """
            SELECT id FROM entities WHERE NOT EXISTS (
                SELECT 1 FROM relations r WHERE (r.subject = entities.id OR r.object = entities.id) AND \(condition))
            ORDER BY id LIMIT \(limit.map(String.init) ?? "ALL")
            """, binds: binds), "finding entities without relations").map { try $0.decode(String.self) }
    }

    func relationIDs(_ ids: [String], reportedIn range: PublishedRange) throws -> Set<String> {
        var binds = PostgresBindings()
        binds.append(ids)
        let condition = PostgresRows.published("a.published", in: range, binds: &binds)
        return Set(try store.run(PostgresQuery(unsafeSQL: """
            SELECT DISTINCT e.relation_id FROM evidence e JOIN articles a ON a.id = e.article_id
            WHERE e.relation_id = ANY($1) AND \(condition)
            """, binds: binds), "reading relations' dates").map { try $0.decode(String.self) })
    }

    func entitiesWithoutMentions(_ ids: [String]) throws -> [Entity] {
        var rows: [String: (type: String, name: String, attributes: String)] = [:]
        for row in try store.run(
            "SELECT id, type, name, attributes::text FROM entities WHERE id = ANY(\(ids))", "reading entities")
        {
            let (id, type, name, attributes) = try row.decode((String, String, String, String).self)
            rows[id] = (type, name, attributes)
        }
        var names: [String: [String]] = [:]
        for row in try store.run(
            "SELECT entity_id, name FROM entity_names WHERE entity_id = ANY(\(ids)) ORDER BY entity_id, ord",
            "reading entity names")
        {
            let (id, name) = try row.decode((String, String).self)
            names[id, default: []].append(name)
        }
        return try ids.compactMap { id in
            guard let row = rows[id] else { return nil }
            return try PostgresRows.entity(
                id: id, type: row.type, name: row.name, attributes: row.attributes, names: names[id] ?? [], mentions: [])
        }
    }

    /// The condition on a row `r` of `relations` that it is of `predicates` (any when nil) and reported in `range`,
    /// its values appended to `binds`.
    private static func selecting(
        predicates: Set<MekongCore.Predicate>?, reportedIn range: PublishedRange, binds: inout PostgresBindings
    ) -> String {
        var terms: [String] = []
        if let predicates {
            binds.append(predicates.map(\.rawValue).sorted())
            terms.append("r.predicate = ANY($\(binds.count))")
        }
        if range.isBounded {
            let published = PostgresRows.published("a.published", in: range, binds: &binds)
            terms.append("""
                EXISTS (SELECT 1 FROM evidence e JOIN articles a ON a.id = e.article_id
                    WHERE e.relation_id = r.id AND \(published))
                """)
        }
        return terms.isEmpty ? "true" : terms.joined(separator: " AND ")
    }
}
