import MekongCore

extension GraphRowReader {
    /// The whole graph cut down for drawing, read without loading it: what
    /// ``MekongCore/KnowledgeGraph/summarized(maxEntities:includeIsolated:keeping:)`` gives on the loaded graph
    /// (same entities, same relations), following only `predicates` when given and only relations reported in
    /// `published` (their evidence cut to it).
    ///
    /// Degrees are counted by one aggregate over the relations (ids only); then only the kept entities and the
    /// relations between them are read. Entities come with their aliases but without mentions, and no articles: a
    /// drawing shows neither. Written once for both stores, over the reads each implements.
    public func summary(
        maxEntities: Int?, includeIsolated: Bool, predicates: Set<Predicate>? = nil, published: PublishedRange = .all
    ) throws -> GraphSummary {
        // Highest degree first, ties in id order: SummaryRanking's order.
        var ranked: [String] = []
        var degree: [String: Int] = [:]
        for (id, count) in try rankedDegrees(predicates: predicates, reportedIn: published) {
            ranked.append(id)
            degree[id] = count
        }
        let connected = ranked.count
        let total = try entityCount()
        let selected = try relationCount(predicates: predicates, reportedIn: published)
        if includeIsolated {
            // Entities without relations rank last, in id order: no more than the limit can be drawn.
            ranked += try isolatedEntityIDs(predicates: predicates, reportedIn: published, limit: maxEntities)
        }

        var edges: [String: [GraphEdge]] = [:]
        func readEdges(of ids: some Collection<String>) throws {
            let read = try self.edges(of: ids)
            let reported = published.isBounded
                ? try relationIDs(read.values.flatMap { $0.map(\.relation) }, reportedIn: published) : nil
            for (id, list) in read {
                edges[id] = list.filter { edge in
                    (predicates.map { $0.contains(Predicate(rawValue: edge.predicate)) } ?? true)
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
        var drawn: Set<String> = []
        for id in kept {
            for edge in edges[id] ?? [] where kept.contains(edge.other) { drawn.insert(edge.relation) }
        }
        let drawnIsolated = kept.filter { degree[$0] == nil }.count
        return GraphSummary(
            graph: KnowledgeGraph(
                entities: try entitiesWithoutMentions(kept.sorted(by: Self.storeOrder)),
                relations: try keepingEvidence(of: relations(ids: drawn), reportedIn: published)),
            connectedEntityCount: connected, isolatedEntityCount: total - connected, relationCount: selected,
            drawnIsolatedEntityCount: drawnIsolated, degrees: degree.filter { kept.contains($0.key) })
    }
}
