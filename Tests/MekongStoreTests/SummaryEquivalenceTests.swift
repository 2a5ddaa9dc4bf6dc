import MekongCore
import Testing

@testable import MekongStore

/// The whole-graph summary the store reads from its tables keeps exactly the entities and relations that
/// summarizing the loaded graph keeps, with the same counts of what was left out.
@Suite("The store's summary equals the summary of the loaded graph")
struct SummaryEquivalenceTests {
    @Test("for every limit, with and without isolated entities and a predicate filter", arguments: [UInt64(1), 2, 3])
    func summaries(seed: UInt64) throws {
        let store = try RandomGraphs.store(seed: seed)
        let graph = try store.loadGraph()
        let predicateSets: [Set<Predicate>?] = [nil, [.holdsPosition], [.partOf, .cooperatesWith]]
        for predicates in predicateSets {
            let selected = predicates.map { kept in
                KnowledgeGraph(entities: graph.entities, relations: graph.relations.filter { kept.contains($0.predicate) })
            } ?? graph
            for limit in [nil, 1, 3, 10, graph.entities.count / 2, graph.entities.count + 5] {
                for includeIsolated in [false, true] {
                    let expected = selected.summarized(maxEntities: limit, includeIsolated: includeIsolated)
                    let actual = try store.summary(maxEntities: limit, includeIsolated: includeIsolated, predicates: predicates)
                    let what = "limit \(String(describing: limit)) isolated \(includeIsolated) predicates \(String(describing: predicates))"
                    #expect(actual.graph.entities.map(\.id) == expected.graph.entities.map(\.id), "\(what)")
                    #expect(actual.graph.entities.map(\.aliases) == expected.graph.entities.map(\.aliases), "\(what)")
                    #expect(actual.graph.relations == expected.graph.relations, "\(what)")
                    #expect(actual.connectedEntityCount == expected.connectedEntityCount, "\(what)")
                    #expect(actual.isolatedEntityCount == expected.isolatedEntityCount, "\(what)")
                    #expect(actual.relationCount == expected.relationCount, "\(what)")
                    #expect(actual.drawnIsolatedEntityCount == expected.drawnIsolatedEntityCount, "\(what)")
                }
            }
        }
    }
}
