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
            try StoredGraphReader(db: db).shortestPaths(from: start, to: goal, constraints: constraints, limit: limit)
        }
    }
}
