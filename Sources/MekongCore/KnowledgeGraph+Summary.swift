extension KnowledgeGraph {
    /// The graph cut down for drawing: entities no relation touches are left out unless `includeIsolated`,
    /// and when more than `maxEntities` remain, about `maxEntities` are kept, with the relations between them.
    /// `keeping` (a focus entity's id) is always kept, and then the entities nearest to it.
    ///
    /// The cut: rank entities (around `keeping`, by hops from it first) by their number of relations (ties by
    /// id, entities without relations last) and
    /// take the first `maxEntities`; a taken entity whose every relation leads outside what was taken would
    /// stand alone in the drawing as if it had none, so it is dropped, and the places freed go to the
    /// best-ranked neighbours of what remains. ``SummaryRanking`` does the same for the store.
    ///
    /// Articles are not carried over: a drawing shows none.
    public func summarized(maxEntities: Int?, includeIsolated: Bool, keeping: String? = nil) -> GraphSummary {
        var degree: [String: Int] = [:]
        for relation in relations {
            degree[relation.subject, default: 0] += 1
            if relation.object != relation.subject { degree[relation.object, default: 0] += 1 }
        }
        let connected = entities.filter { degree[$0.id] != nil }.count
        let candidates = entities.filter { includeIsolated || degree[$0.id] != nil || $0.id == keeping }
        var kept = Set(candidates.map(\.id))
        if let maxEntities, candidates.count > maxEntities {
            let ranking = SummaryRanking(degrees: degree, focus: keeping, distances: keeping.map(distances(from:)) ?? [:])
            kept = ranking.choose(
                ranked: candidates.map(\.id).sorted(by: ranking.ranksBefore), limit: maxEntities,
                neighbours: { id in
                    Set(relations(of: id).map { $0.subject == id ? $0.object : $0.subject })
                })
        }
        let drawn = KnowledgeGraph(
            entities: entities.filter { kept.contains($0.id) },
            relations: relations.filter { kept.contains($0.subject) && kept.contains($0.object) })
        return GraphSummary(
            graph: drawn, connectedEntityCount: connected, isolatedEntityCount: entities.count - connected,
            relationCount: relations.count, drawnIsolatedEntityCount: drawn.entities.filter { degree[$0.id] == nil }.count,
            focus: keeping, degrees: degree.filter { kept.contains($0.key) })
    }

    /// Hops from `start` to every entity it reaches, following relations either way.
    private func distances(from start: String) -> [String: Int] {
        var distances = [start: 0]
        var frontier = [start]
        var hops = 0
        while !frontier.isEmpty {
            hops += 1
            var next: [String] = []
            for id in frontier {
                for relation in relations(of: id) {
                    let other = relation.subject == id ? relation.object : relation.subject
                    if distances[other] == nil {
                        distances[other] = hops
                        next.append(other)
                    }
                }
            }
            frontier = next
        }
        return distances
    }
}
