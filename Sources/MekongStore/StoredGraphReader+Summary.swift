import Foundation
import GRDB
import MekongCore

/// The reads of a summary (``GraphRowReader/summary(maxEntities:includeIsolated:predicates:published:)``) on the
/// SQLite store: aggregates over the relations table, ids only.
extension StoredGraphReader {
    func rankedDegrees(predicates: Set<MekongCore.Predicate>?, reportedIn range: PublishedRange) throws
        -> [(id: String, degree: Int)]
    {
        let (condition, arguments) = try Self.selecting(predicates: predicates, reportedIn: range)
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT entity, count(*) AS degree FROM (
                    SELECT subject AS entity FROM relations WHERE \(condition)
                    UNION ALL SELECT object FROM relations WHERE \(condition) AND object <> subject)
                GROUP BY entity ORDER BY degree DESC, entity
                """,
            arguments: arguments)
        var ranked: [(id: String, degree: Int)] = []
        while let row = try rows.next() { ranked.append((row[0], row[1])) }
        return ranked
    }

    func entityCount() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM entities") ?? 0
    }

    func relationCount(predicates: Set<MekongCore.Predicate>?, reportedIn range: PublishedRange) throws -> Int {
        let (condition, arguments) = try Self.selecting(predicates: predicates, reportedIn: range)
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM relations WHERE \(condition)", arguments: arguments) ?? 0
    }

    func isolatedEntityIDs(predicates: Set<MekongCore.Predicate>?, reportedIn range: PublishedRange, limit: Int?) throws
        -> [String]
    {
        let (condition, arguments) = try Self.selecting(predicates: predicates, reportedIn: range)
        return try String.fetchAll(
            db,
            sql: """
                SELECT id FROM entities WHERE NOT EXISTS (
                    SELECT 1 FROM relations WHERE (subject = entities.id OR object = entities.id) AND \(condition))
                ORDER BY id LIMIT \(limit ?? -1)
                """,
            arguments: arguments)
    }

    func relationIDs(_ ids: [String], reportedIn range: PublishedRange) throws -> Set<String> {
        let list = String(decoding: try JSONEncoder().encode(ids), as: UTF8.self)
        let condition = range.condition(on: "a.published")
        return Set(
            try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT e.relation_id FROM json_each(?) j
                    JOIN evidence e ON e.relation_id = j.value JOIN articles a ON a.id = e.article_id
                    WHERE \(condition.sql)
                    """,
                arguments: StatementArguments([list] + condition.arguments)))
    }

    func entitiesWithoutMentions(_ ids: [String]) throws -> [Entity] {
        let entity = try db.cachedStatement(sql: "SELECT type, name, attributes FROM entities WHERE id = ?")
        let names = try db.cachedStatement(sql: "SELECT name FROM entity_names WHERE entity_id = ? ORDER BY rowid")
        return try ids.compactMap { id in
            guard let row = try Row.fetchOne(entity, arguments: [id]) else { return nil }
            let name: String = row[1]
            var seen: Set<String> = [name]
            let aliases = try String.fetchAll(names, arguments: [id]).filter { seen.insert($0).inserted }
            return Entity(
                id: id, type: EntityType(rawValue: row[0]), name: name, aliases: aliases,
                attributes: try AttributesJSON().decode(row[2]))
        }
    }

    /// The condition on a row of `relations` that it is of `predicates` (any when nil) and reported in `range`,
    /// with its named arguments.
    private static func selecting(predicates: Set<MekongCore.Predicate>?, reportedIn range: PublishedRange) throws
        -> (sql: String, arguments: StatementArguments)
    {
        var terms: [String] = []
        var named: [String: String] = [:]
        if let predicates {
            terms.append("predicate IN (SELECT value FROM json_each(:predicates))")
            named["predicates"] = String(decoding: try JSONEncoder().encode(predicates.map(\.rawValue).sorted()), as: UTF8.self)
        }
        if range.isBounded {
            let published = range.namedCondition(on: "a.published")
            terms.append("""
                EXISTS (SELECT 1 FROM evidence e JOIN articles a ON a.id = e.article_id
                    WHERE e.relation_id = relations.id AND \(published.sql))
                """)
            named.merge(published.arguments) { first, _ in first }
        }
        return (terms.isEmpty ? "1" : terms.joined(separator: " AND "), StatementArguments(named))
    }
}
