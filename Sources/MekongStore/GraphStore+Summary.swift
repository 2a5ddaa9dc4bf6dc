import Foundation
import GRDB
import MekongCore

extension GraphStore {
    /// The whole graph cut down for drawing, read without loading it: what
    /// ``MekongCore/KnowledgeGraph/summarized(maxEntities:includeIsolated:keeping:)`` gives on the loaded
    /// graph (same entities, same relations), following only `predicates` when given and only relations
    /// reported in `published` (``reportedRelations(among:in:db:)``).
    ///
    /// Degrees are counted by one aggregate over the relations table (ids only); then only the kept entities
    /// and the relations between them are read. Entities come with their aliases but without mentions, and
    /// no articles: a drawing shows neither.
    public func summary(
        maxEntities: Int?, includeIsolated: Bool, predicates: Set<MekongCore.Predicate>? = nil, published: PublishedRange = .all
    ) throws(StoreError) -> GraphSummary
    {
        try reading { db in
            let reader = StoredGraphReader(db: db)
            let filter = predicates.map { Array($0.map(\.rawValue)).sorted() }
            let list = String(decoding: try JSONEncoder().encode(filter ?? []), as: UTF8.self)
            var terms: [String] = []
            var named: [String: String] = [:]
            if filter != nil {
                terms.append("predicate IN (SELECT value FROM json_each(:predicates))")
                named["predicates"] = list
            }
            if published.isBounded {
                let range = published.namedCondition(on: "a.published")
                terms.append("""
                    EXISTS (SELECT 1 FROM evidence e JOIN articles a ON a.id = e.article_id
                        WHERE e.relation_id = relations.id AND \(range.sql))
                    """)
                named.merge(range.arguments) { first, _ in first }
            }
            let condition = terms.isEmpty ? "1" : terms.joined(separator: " AND ")
            let arguments = StatementArguments(named)

            // Highest degree first, ties in id order: SummaryRanking's order.
            let degrees = try Row.fetchCursor(
                db,
                sql: """
                    SELECT entity, count(*) AS degree FROM (
                        SELECT subject AS entity FROM relations WHERE \(condition)
                        UNION ALL SELECT object FROM relations WHERE \(condition) AND object <> subject)
                    GROUP BY entity ORDER BY degree DESC, entity
                    """,
                arguments: arguments)
            var ranked: [String] = []
            var degree: [String: Int] = [:]
            while let row = try degrees.next() {
                let id: String = row[0]
                ranked.append(id)
                degree[id] = row[1]
            }
            let connected = ranked.count
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM entities") ?? 0
            let relationCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM relations WHERE \(condition)", arguments: arguments) ?? 0
            if includeIsolated {
                // Entities without relations rank last, in id order: no more than the limit can be drawn.
                ranked += try String.fetchAll(
                    db,
                    sql: """
                        SELECT id FROM entities WHERE NOT EXISTS (
                            SELECT 1 FROM relations WHERE (subject = entities.id OR object = entities.id) AND \(condition))
                        ORDER BY id LIMIT \(maxEntities ?? -1)
                        """,
                    arguments: arguments)
            }

            var edges: [String: [GraphEdge]] = [:]
            func readEdges(of ids: some Collection<String>) throws {
                let read = try reader.edges(of: ids)
                let reported = published.isBounded
                    ? try Self.reportedRelations(among: read.values.flatMap { $0.map(\.relation) }, in: published, db: db) : nil
                for (id, list) in read {
                    edges[id] = list.filter { edge in
                        (predicates.map { $0.contains(MekongCore.Predicate(rawValue: edge.predicate)) } ?? true)
                            && (reported?.contains(edge.relation) ?? true)
                    }
                }
            }
            var kept = Set(ranked)
            if let maxEntities, ranked.count > maxEntities {
                try readEdges(of: Array(ranked.prefix(maxEntities)).filter { degree[$0] != nil })
                kept = SummaryRanking(degrees: degree, focus: nil).choose(ranked: ranked, limit: maxEntities) { id in
                    Set((edges[id] ?? []).map(\.other))
                }
            }
            try readEdges(of: kept.filter { edges[$0] == nil && degree[$0] != nil })
            var relationIDs: Set<String> = []
            for id in kept {
                for edge in edges[id] ?? [] where kept.contains(edge.other) { relationIDs.insert(edge.relation) }
            }
            let drawnIsolated = kept.filter { degree[$0] == nil }.count
            let entities = try Self.entitiesWithoutMentions(kept.sorted(by: StoredGraphReader.storeOrder), in: db)
            return GraphSummary(
                graph: KnowledgeGraph(
                    entities: entities,
                    relations: try reader.keepingEvidence(of: reader.relations(ids: relationIDs), reportedIn: published)),
                connectedEntityCount: connected, isolatedEntityCount: total - connected, relationCount: relationCount,
                drawnIsolatedEntityCount: drawnIsolated, degrees: degree.filter { kept.contains($0.key) })
        }
    }

    /// These entities with their aliases (in the order first stored), without their mentions.
    private static func entitiesWithoutMentions(_ ids: [String], in db: Database) throws -> [Entity] {
        let coder = AttributesJSON()
        let entity = try db.cachedStatement(sql: "SELECT type, name, attributes FROM entities WHERE id = ?")
        let names = try db.cachedStatement(sql: "SELECT name FROM entity_names WHERE entity_id = ? ORDER BY rowid")
        return try ids.compactMap { id in
            guard let row = try Row.fetchOne(entity, arguments: [id]) else { return nil }
            let name: String = row[1]
            var seen: Set<String> = [name]
            let aliases = try String.fetchAll(names, arguments: [id]).filter { seen.insert($0).inserted }
            return Entity(
                id: id, type: EntityType(rawValue: row[0]), name: name, aliases: aliases, attributes: try coder.decode(row[2]))
        }
    }
}
