extension KnowledgeGraph {
    /// The graph cut down for drawing: entities no relation touches are left out unless `includeIsolated`,
    /// and when more than `maxEntities` remain, only the `maxEntities` with the most relations are kept (ties
    /// broken by id), with the relations between them. `keeping` (a focus entity's id) is always kept.
    ///
    /// Articles are not carried over: a drawing shows none.
    public func summarized(maxEntities: Int?, includeIsolated: Bool, keeping: String? = nil) -> GraphSummary {
        var degree: [String: Int] = [:]
        for relation in relations {
            degree[relation.subject, default: 0] += 1
            if relation.object != relation.subject { degree[relation.object, default: 0] += 1 }
        }
        let connected = entities.filter { degree[$0.id] != nil }.count
        var candidates = entities.filter { includeIsolated || degree[$0.id] != nil || $0.id == keeping }
        if let maxEntities, candidates.count > maxEntities {
            candidates.sort { lhs, rhs in
                let left = (lhs.id == keeping ? 1 : 0, degree[lhs.id] ?? 0)
                let right = (rhs.id == keeping ? 1 : 0, degree[rhs.id] ?? 0)
                if left != right { return left > right }
                return lhs.id.utf8.lexicographicallyPrecedes(rhs.id.utf8)
            }
            candidates = Array(candidates.prefix(max(maxEntities, 0)))
        }
        let kept = Set(candidates.map(\.id))
        let drawn = KnowledgeGraph(
            entities: entities.filter { kept.contains($0.id) },
            relations: relations.filter { kept.contains($0.subject) && kept.contains($0.object) })
        return GraphSummary(
            graph: drawn, connectedEntityCount: connected, isolatedEntityCount: entities.count - connected,
            relationCount: relations.count, drawnIsolatedEntityCount: drawn.entities.filter { degree[$0.id] == nil }.count,
            focus: keeping)
    }
}
