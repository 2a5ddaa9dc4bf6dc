/// Which entities a summarized drawing keeps: the rule shared by the graph in memory
/// (``KnowledgeGraph/summarized(maxEntities:includeIsolated:keeping:)``) and the store, so both keep the same.
public struct SummaryRanking: Sendable {
    /// Each entity's number of relations (a relation from an entity to itself counts once); absent means none.
    public var degrees: [String: Int]
    /// The entity kept whatever its rank.
    public var focus: String?
    /// Each entity's number of hops from the focus, when there is one: nearer entities rank first.
    public var distances: [String: Int]

    /// A ranking by these degrees (and, around a focus, these distances from it).
    public init(degrees: [String: Int], focus: String?, distances: [String: Int] = [:]) {
        self.degrees = degrees
        self.focus = focus
        self.distances = distances
    }

    /// Whether `lhs` ranks before `rhs`: the focus first, then nearer to it, then more relations, then the id
    /// in byte order (SQLite's order).
    public func ranksBefore(_ lhs: String, _ rhs: String) -> Bool {
        let left = (lhs == focus ? 1 : 0, -(distances[lhs] ?? Int.max), degrees[lhs] ?? 0)
        let right = (rhs == focus ? 1 : 0, -(distances[rhs] ?? Int.max), degrees[rhs] ?? 0)
        if left != right { return left > right }
        return lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    /// The entities to draw among `ranked` (the candidates in ``ranksBefore(_:_:)`` order), at most `limit`.
    ///
    /// The first `limit`; then those with relations but none to another chosen entity (they would look
    /// unrelated) are dropped, and the best-ranked neighbours of the rest fill the places freed (when all were
    /// alone, the best-ranked stays and its neighbours fill).
    /// `neighbours` gives the entities at the other end of an entity's relations; it is asked only about
    /// the first `limit`.
    public func choose(ranked: [String], limit: Int, neighbours: (String) throws -> Set<String>) rethrows
        -> Set<String>
    {
        var kept = Set(ranked.prefix(max(limit, 0)))
        var links: [String: Set<String>] = [:]
        for id in kept where degrees[id] != nil { links[id] = try neighbours(id) }
        let alone = kept.filter { id in
            guard let others = links[id], id != focus else { return false }
            return !others.contains { $0 == id || kept.contains($0) }
        }
        guard !alone.isEmpty else { return kept }
        kept.subtract(alone)
        // When all of them were alone, the best-ranked stays and its neighbours join it.
        if kept.isEmpty, let top = ranked.first { kept.insert(top) }
        var fill: Set<String> = []
        for id in kept { fill.formUnion(links[id] ?? []) }
        fill.subtract(kept)
        fill.subtract(alone)
        // `ranked` is already in rank order: walking it beats sorting the neighbours of hubs (hundreds of
        // thousands in a large store) for the few places free.
        var free = max(limit - kept.count, 0)
        for id in ranked where free > 0 && fill.contains(id) {
            kept.insert(id)
            free -= 1
        }
        return kept
    }
}
