import MekongCore
import MekongStore
import Testing

@Suite("Paths that avoid entities or hubs, and every shortest path")
struct PathConstraintsTests {
    static let seeds: [UInt64] = [4, 5]

    /// The in-memory graph without the entities `excluded` (and their relations).
    private func graph(_ graph: KnowledgeGraph, without excluded: Set<String>) -> KnowledgeGraph {
        KnowledgeGraph(
            articles: graph.articles, entities: graph.entities.filter { !excluded.contains($0.id) },
            relations: graph.relations.filter { !excluded.contains($0.subject) && !excluded.contains($0.object) })
    }

    @Test("--avoid and --max-degree give the path of the graph without those entities (the ends kept)", arguments: seeds)
    func sameAsWithoutThem(seed: UInt64) throws {
        let store = try RandomGraphs.store(seed: seed)
        let whole = try store.loadGraph()
        let ids = whole.entities.map(\.id)
        let degrees = Dictionary(uniqueKeysWithValues: ids.map { ($0, whole.relations(of: $0).count) })
        let maxDegree = degrees.values.sorted()[degrees.count * 3 / 4]
        var random = SplitMix64(state: seed)
        var changed = 0
        for _ in 0..<60 {
            let start = ids.randomElement(using: &random)!, goal = ids.randomElement(using: &random)!
            let avoided = Set((0..<3).map { _ in ids.randomElement(using: &random)! }).subtracting([start, goal])
            let expected = graph(whole, without: avoided).shortestPath(from: start, to: goal)
            let actual = try store.shortestPaths(from: start, to: goal, constraints: PathConstraints(avoiding: avoided))
            #expect(actual?.first == expected, "avoiding \(avoided): \(start) → \(goal)")

            let hubs = Set(ids.filter { degrees[$0]! > maxDegree }).subtracting([start, goal])
            let withoutHubs = graph(whole, without: hubs).shortestPath(from: start, to: goal)
            let bounded = try store.shortestPaths(from: start, to: goal, constraints: PathConstraints(maxDegree: maxDegree))
            #expect(bounded?.first == withoutHubs, "max degree \(maxDegree): \(start) → \(goal)")
            if withoutHubs != whole.shortestPath(from: start, to: goal) { changed += 1 }
        }
        #expect(changed > 5, "the hubs lie on many shortest paths, so leaving them out changes paths")
    }

    @Test("--all-shortest: every shortest chain once, each joining the ends, as many as there are", arguments: seeds)
    func allShortest(seed: UInt64) throws {
        let store = try RandomGraphs.store(seed: seed)
        let graph = try store.loadGraph()
        let ids = graph.entities.map(\.id)
        var random = SplitMix64(state: seed)
        var several = 0
        for _ in 0..<60 {
            let start = ids.randomElement(using: &random)!, goal = ids.randomElement(using: &random)!
            guard let shortest = graph.shortestPath(from: start, to: goal) else {
                #expect(try store.shortestPaths(from: start, to: goal, limit: 1000) == nil)
                continue
            }
            let chains = try #require(try store.shortestPaths(from: start, to: goal, limit: 1000))
            #expect(chains.count == Self.countShortest(in: graph, from: start, to: goal), "\(start) → \(goal)")
            #expect(Set(chains.map { $0.map(\.id) }).count == chains.count, "no chain twice")
            for chain in chains {
                #expect(chain.count == shortest.count)
                var cursor = start
                for relation in chain { cursor = try #require(relation.otherEnd(from: cursor)) }
                #expect(cursor == goal)
            }
            if chains.count > 1 { several += 1 }
            let two = try #require(try store.shortestPaths(from: start, to: goal, limit: 2))
            #expect(two.count == min(2, chains.count))
        }
        #expect(several > 5)
    }

    /// How many shortest chains join the two entities, counted over the in-memory graph: a relation between
    /// two entities at consecutive distances from the start extends every chain to the nearer one.
    static func countShortest(in graph: KnowledgeGraph, from start: String, to goal: String) -> Int {
        if start == goal { return 1 }
        var distance: [String: Int] = [start: 0]
        var count: [String: Int] = [start: 1]
        var frontier = [start]
        while !frontier.isEmpty, distance[goal] == nil {
            var next: [String] = []
            for entity in frontier {
                for relation in graph.relations(of: entity) {
                    guard let other = relation.otherEnd(from: entity), other != entity else { continue }
                    if distance[other] == nil {
                        distance[other] = distance[entity]! + 1
                        next.append(other)
                    }
                    if distance[other] == distance[entity]! + 1 { count[other, default: 0] += count[entity]! }
                }
            }
            frontier = next
        }
        return count[goal] ?? 0
    }
}
