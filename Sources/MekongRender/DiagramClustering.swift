import MekongCore

/// How a drawing groups its entities into boxes (`render --cluster`).
///
/// Clusters are boxed by the `dot` and `fdp` engines; `neato`, `sfdp`, `circo` and `twopi` draw the same graph
/// without the boxes.
public enum DiagramClustering: String, Sendable, CaseIterable {
    /// By the place the text puts each entity in: a place with what `located_in` it, an organization with its
    /// place (or its parent's), a person with the place of the body of their post.
    case province
    /// By the `part_of` hierarchy: each body with the units under it, boxed under the top body the drawing
    /// shows, and the holders of posts in them.
    case parent

    /// The cluster of each entity of `graph`, as the id of the entity that names it (a place, or a top body);
    /// entities in no cluster are absent. Only clusters of two entities or more are kept.
    func assignment(for graph: KnowledgeGraph) -> [String: String] {
        let types = Dictionary(graph.entities.map { ($0.id, $0.type) }, uniquingKeysWith: { first, _ in first })
        var parents: [String: [String]] = [:]
        var places: [String: [String]] = [:]
        var posts: [String: [String]] = [:]
        for relation in graph.relations.sorted(by: { $0.id < $1.id }) {
            switch relation.predicate {
            case .partOf: parents[relation.subject, default: []].append(relation.object)
            case .locatedIn where types[relation.object] == .place: places[relation.subject, default: []].append(relation.object)
            case .holdsPosition: posts[relation.subject, default: []].append(relation.object)
            default: break
            }
        }
        func top(_ id: String) -> String {
            var current = id
            var seen: Set<String> = [id]
            while let parent = parents[current]?.first, seen.insert(parent).inserted { current = parent }
            return current
        }
        func place(of id: String) -> String? {
            if types[id] == .place { return places[id]?.first ?? id }
            var current = id
            var seen: Set<String> = [id]
            while true {
                if let place = places[current]?.first { return place }
                guard let parent = parents[current]?.first, seen.insert(parent).inserted else { return nil }
                current = parent
            }
        }
        var assignment: [String: String] = [:]
        for entity in graph.entities {
            let key: String?
            switch self {
            case .parent:
                if entity.type == .person {
                    key = posts[entity.id]?.first.map(top)
                } else {
                    let root = top(entity.id)
                    key = root != entity.id || parents.values.contains(where: { $0.contains(entity.id) }) ? root : nil
                }
            case .province:
                key = entity.type == .person ? posts[entity.id]?.lazy.compactMap(place(of:)).first : place(of: entity.id)
            }
            if let key { assignment[entity.id] = key }
        }
        var sizes: [String: Int] = [:]
        for key in assignment.values { sizes[key, default: 0] += 1 }
        return assignment.filter { (sizes[$0.value] ?? 0) >= 2 }
    }
}
