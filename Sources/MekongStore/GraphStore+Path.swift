import GRDB
import MekongCore

extension GraphStore {
    /// The shortest chain of relations between two entities (either direction), with their evidence; empty
    /// when they are the same entity, nil when none joins them.
    ///
    /// The same chain as ``MekongCore/KnowledgeGraph/shortestPath(from:to:maxDepth:)`` on the loaded graph
    /// (see ``ShortestPathSearch``), reading the relations of only the entities the two-ended search reaches.
    public func shortestPath(from start: String, to goal: String) throws(StoreError) -> [Relation]? {
        try reading { db in
            let reader = StoredGraphReader(db: db)
            var search = ShortestPathSearch { try reader.edges(of: $0) }
            guard let ids = try search.relationIDs(from: start, to: goal) else { return nil }
            return try ids.compactMap { try reader.relation(id: $0) }
        }
    }
}
