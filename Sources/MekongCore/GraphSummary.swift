/// The part of a graph a diagram draws, with counts of what was left out to keep it readable.
///
/// Made by ``KnowledgeGraph/summarized(maxEntities:includeIsolated:keeping:)`` from a graph in memory, or
/// by the store straight from its tables; both keep the same entities and relations.
public struct GraphSummary: Sendable {
    /// What is drawn: the kept entities and the relations between them.
    public var graph: KnowledgeGraph
    /// Entities of the selection that at least one relation touches.
    public var connectedEntityCount: Int
    /// Entities of the selection that no relation touches.
    public var isolatedEntityCount: Int
    /// Relations of the selection.
    public var relationCount: Int
    /// How many of the drawn entities are ones no relation of the selection touches.
    public var drawnIsolatedEntityCount: Int
    /// The id of the entity the selection is about, kept whatever the limit; nil for none.
    public var focus: String?
    /// Each drawn entity's number of relations in the selection (not only those drawn), absent for none: what
    /// ranked it (``SummaryRanking``), kept to cut the summary further (``narrowed(toEntities:)``).
    public var degrees: [String: Int]

    /// A summary with these counts.
    public init(
        graph: KnowledgeGraph, connectedEntityCount: Int, isolatedEntityCount: Int, relationCount: Int,
        drawnIsolatedEntityCount: Int, focus: String? = nil, degrees: [String: Int] = [:]
    ) {
        self.degrees = degrees
        self.focus = focus
        self.graph = graph
        self.connectedEntityCount = connectedEntityCount
        self.isolatedEntityCount = isolatedEntityCount
        self.relationCount = relationCount
        self.drawnIsolatedEntityCount = drawnIsolatedEntityCount
    }

    /// Entities with relations that are not drawn (the limit on entities cut them).
    public var leftOutConnectedEntities: Int { connectedEntityCount - (graph.entities.count - drawnIsolatedEntityCount) }

    /// Entities without relations that are not drawn.
    public var leftOutIsolatedEntities: Int { isolatedEntityCount - drawnIsolatedEntityCount }

    /// Relations that are not drawn (an end of each was cut).
    public var leftOutRelations: Int { relationCount - graph.relations.count }

    /// The summary with at most `limit` of its drawn entities, by the rule that chose them (``SummaryRanking``:
    /// the most relations in the selection first, the focus kept, none left standing alone), and the relations
    /// between them; the counts of the selection stay, so the caption says what this cut left out too.
    public func narrowed(toEntities limit: Int) -> GraphSummary {
        guard graph.entities.count > limit else { return self }
        let ranking = SummaryRanking(degrees: degrees, focus: focus)
        var neighbours: [String: Set<String>] = [:]
        for relation in graph.relations {
            neighbours[relation.subject, default: []].insert(relation.object)
            neighbours[relation.object, default: []].insert(relation.subject)
        }
        let kept = ranking.choose(ranked: graph.entities.map(\.id).sorted(by: ranking.ranksBefore), limit: limit) {
            neighbours[$0] ?? []
        }
        var narrowed = self
        narrowed.graph = KnowledgeGraph(
            entities: graph.entities.filter { kept.contains($0.id) },
            relations: graph.relations.filter { kept.contains($0.subject) && kept.contains($0.object) })
        narrowed.drawnIsolatedEntityCount = narrowed.graph.entities.filter { degrees[$0.id] == nil }.count
        narrowed.degrees = degrees.filter { kept.contains($0.key) }
        return narrowed
    }

    /// Whether anything of the selection is not drawn.
    public var leftSomethingOut: Bool {
        leftOutConnectedEntities > 0 || leftOutIsolatedEntities > 0 || leftOutRelations > 0
    }
}
