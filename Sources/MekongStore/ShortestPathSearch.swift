/// The shortest chain of relations between two entities, found by a breadth-first search from both ends
/// that fetches each entity's relations only when it reaches it.
///
/// It returns the very chain that ``MekongCore/KnowledgeGraph/shortestPath(from:to:maxDepth:)`` returns on
/// the loaded graph, not merely one as short: that search goes one way, visiting each layer in the order it
/// found it and each entity's relations in id order, and keeps the first way it reached each entity. Here the
/// two searches meet, the entities that lie on some shortest chain are collected layer by layer, and the
/// one-way search's order is replayed on them alone — enough, because every entity through which the one-way
/// search could first reach an entity on a shortest chain lies on a shortest chain too.
struct ShortestPathSearch {
    typealias Edge = GraphEdge

    /// Fetches the relations of entities it has not fetched yet.
    private let fetch: ([String]) throws -> [String: [Edge]]
    private var adjacency: [String: [Edge]] = [:]

    init(fetch: @escaping ([String]) throws -> [String: [Edge]]) {
        self.fetch = fetch
    }

    /// The ids of the relations from `start` to `goal`, in order; empty when they are the same entity, nil
    /// when no chain joins them.
    mutating func relationIDs(from start: String, to goal: String) throws -> [String]? {
        if start == goal { return [] }
        guard let layers = try shortestLayers(from: start, to: goal) else { return nil }
        let total = layers.count - 1

        // Replay the one-way search: an entity is reached from the earliest-visited entity of the layer before
        // through that entity's first relation to it (relations in id order), and is visited in that order.
        var rank: [String: Int] = [start: 0]
        var parent: [String: (entity: String, relation: String)] = [:]
        for distance in 1...total {
            try load(layers[distance])
            var keyed: [(entity: String, rank: Int, relation: String)] = []
            for entity in layers[distance] {
                var best: (rank: Int, relation: String, from: String)?
                for edge in adjacency[entity] ?? [] {
                    // `rank` holds the layer before only.
                    guard let earlier = rank[edge.other] else { continue }
                    if best == nil || earlier < best!.rank { best = (earlier, edge.relation, edge.other) }
                }
                guard let best else { continue }
                parent[entity] = (best.from, best.relation)
                keyed.append((entity, best.rank, best.relation))
            }
            keyed.sort(by: Self.precedes)
            rank = [:]
            for (position, item) in keyed.enumerated() { rank[item.entity] = position }
        }
        var chain: [String] = []
        var cursor = goal
        while let step = parent[cursor] {
            chain.append(step.relation)
            cursor = step.entity
        }
        return cursor == start ? chain.reversed() : nil
    }

    /// Every shortest chain from `start` to `goal` (as relation ids), up to `limit` of them, in the order a
    /// walk from the start that takes each entity's relations in id order finds them; `[[]]` when they are
    /// the same entity, nil when no chain joins them. Two relations between the same two entities make two
    /// chains.
    mutating func allRelationIDs(from start: String, to goal: String, limit: Int) throws -> [[String]]? {
        if start == goal { return [[]] }
        guard let layers = try shortestLayers(from: start, to: goal) else { return nil }
        for layer in layers { try load(layer) }
        let adjacency = self.adjacency
        let members = layers.map(Set.init)
        var chains: [[String]] = []
        var chain: [String] = []
        // Depth first, one layer a step: every relation from an entity of a layer to one of the next lies on a
        // shortest chain.
        func walk(_ entity: String, _ distance: Int) {
            if chains.count >= limit { return }
            if distance == layers.count - 1 {
                chains.append(chain)
                return
            }
            for edge in adjacency[entity] ?? [] where members[distance + 1].contains(edge.other) {
                chain.append(edge.relation)
                walk(edge.other, distance + 1)
                chain.removeLast()
            }
        }
        walk(start, 0)
        return chains
    }

    /// The entities that lie on some shortest chain from `start` to `goal`, by their distance from the start:
    /// the first layer is the start alone, the last the goal alone; nil when no chain joins them.
    private mutating func shortestLayers(from start: String, to goal: String) throws -> [[String]]? {
        var fromStart: [String: Int] = [start: 0]
        var fromGoal: [String: Int] = [goal: 0]
        var startLayers = [[start]]
        var goalLayers = [[goal]]
        var meeting: [String] = []
        while meeting.isEmpty {
            // Grow the smaller side: a hub's relations are read only when the other side cannot do better.
            let growStart = startLayers[startLayers.count - 1].count <= goalLayers[goalLayers.count - 1].count
            let next: [String]
            if growStart {
                next = try grow(&startLayers, distances: &fromStart)
                meeting = next.filter { fromGoal[$0] != nil }
            } else {
                next = try grow(&goalLayers, distances: &fromGoal)
                meeting = next.filter { fromStart[$0] != nil }
            }
            if next.isEmpty { return nil }
        }
        let total = meeting.map { fromStart[$0]! + fromGoal[$0]! }.min()!
        meeting = meeting.filter { fromStart[$0]! + fromGoal[$0]! == total }
        let middle = fromStart[meeting[0]]!

        // The entities on some shortest chain, by their distance from the start.
        var layers = [[String]](repeating: [], count: total + 1)
        layers[middle] = meeting
        if middle > 0 {
            for distance in stride(from: middle - 1, through: 0, by: -1) {
                layers[distance] = try neighbours(of: layers[distance + 1]) { fromStart[$0] == distance }
            }
        }
        if middle < total {
            for distance in (middle + 1)...total {
                layers[distance] = try neighbours(of: layers[distance - 1]) { fromGoal[$0] == total - distance }
            }
        }
        return layers
    }

    /// Whether `lhs` is visited before `rhs`: reached from an earlier entity, or from the same one by an
    /// earlier relation.
    private static func precedes(
        _ lhs: (entity: String, rank: Int, relation: String), _ rhs: (entity: String, rank: Int, relation: String)
    ) -> Bool {
        if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
        return StoredGraphReader.storeOrder(lhs.relation, rhs.relation)
    }

    /// Adds the next layer of one side's search; returns it (empty when the side has nowhere left to go).
    private mutating func grow(_ layers: inout [[String]], distances: inout [String: Int]) throws -> [String] {
        let frontier = layers[layers.count - 1]
        try load(frontier)
        var next: [String] = []
        for entity in frontier {
            for edge in adjacency[entity] ?? [] where distances[edge.other] == nil {
                distances[edge.other] = layers.count
                next.append(edge.other)
            }
        }
        if !next.isEmpty { layers.append(next) }
        return next
    }

    /// The entities one relation away from `layer` that pass `isWanted`, each once.
    private mutating func neighbours(of layer: [String], where isWanted: (String) -> Bool) throws -> [String] {
        try load(layer)
        var found: [String] = []
        var seen: Set<String> = []
        for entity in layer {
            for edge in adjacency[entity] ?? [] where isWanted(edge.other) && seen.insert(edge.other).inserted {
                found.append(edge.other)
            }
        }
        return found
    }

    private mutating func load(_ entities: [String]) throws {
        let missing = entities.filter { adjacency[$0] == nil }
        guard !missing.isEmpty else { return }
        let fetched = try fetch(missing)
        for entity in missing { adjacency[entity] = fetched[entity] ?? [] }
    }
}
