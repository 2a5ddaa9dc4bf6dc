import GRDB
import MekongCore

extension GraphStore {
    /// The shortest chain of relations between two entities (either direction), with their evidence; empty
    /// when they are the same entity, nil when none joins them.
    ///
    /// The same chain as ``MekongCore/KnowledgeGraph/shortestPath(from:to:maxDepth:)`` on the loaded graph
    /// (see ``ShortestPathSearch``), reading the relations of only the entities the two-ended search reaches.
    public func shortestPath(from start: String, to goal: String) throws(StoreError) -> [Relation]? {
        try shortestPaths(from: start, to: goal)?.first
    }

    /// The shortest chains of relations between two entities that pass through no entity `constraints`
    /// exclude, up to `limit` of them, each with its relations' evidence; `[[]]` when they are the same
    /// entity, nil when no such chain joins them.
    ///
    /// With `limit` 1 the chain is the one ``shortestPath(from:to:)`` gives on the graph without the excluded
    /// entities; with more, every shortest chain in the order a walk from `start` taking relations in id order
    /// finds them (two relations between the same entities make two chains). An excluded entity is never
    /// reached: its relations are not read, and a hub's relation count is read from the index.
    public func shortestPaths(
        from start: String, to goal: String, constraints: PathConstraints = PathConstraints(), limit: Int = 1
    ) throws(StoreError) -> [[Relation]]? {
        try reading { db in
            let reader = StoredGraphReader(db: db)
            let degree = try db.cachedStatement(sql: """
                SELECT (SELECT count(*) FROM relations WHERE subject = ?1)
                     + (SELECT count(*) FROM relations WHERE object = ?1 AND subject <> ?1)
                """)
            var excluded: [String: Bool] = [:]
            func isExcluded(_ id: String) throws -> Bool {
                if id == start || id == goal { return false }
                if constraints.avoiding.contains(id) { return true }
                guard let maxDegree = constraints.maxDegree else { return false }
                if let known = excluded[id] { return known }
                let answer = try Int.fetchOne(degree, arguments: [id]) ?? 0 > maxDegree
                excluded[id] = answer
                return answer
            }
            var search = ShortestPathSearch { ids in
                var edges = try reader.edges(of: ids)
                guard !constraints.isEmpty else { return edges }
                for (id, list) in edges { edges[id] = try list.filter { try !isExcluded($0.other) } }
                return edges
            }
            let chains: [[String]]?
            if limit <= 1 {
                chains = try search.relationIDs(from: start, to: goal).map { [$0] }
            } else {
                chains = try search.allRelationIDs(from: start, to: goal, limit: limit)
            }
            return try chains?.map { chain in try chain.compactMap { try reader.relation(id: $0) } }
        }
    }
}
