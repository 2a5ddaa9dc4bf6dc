/// The graph in memory: articles, entities and relations with the indexes the queries need.
///
/// A value type; build it once (the store loads it) and query it as often as needed.
public struct KnowledgeGraph: Sendable {
    /// Every article, in the order given to the initializer.
    public private(set) var articles: [Article]
    /// Every entity, in the order given to the initializer.
    public private(set) var entities: [Entity]
    /// The relations whose ends are both entities of the graph, in the order given to the initializer.
    public private(set) var relations: [Relation]

    private var entityIndex: [String: Int] = [:]
    private var articleIndex: [String: Int] = [:]
    /// Relation indexes by entity id, both ends.
    private var adjacency: [String: [Int]] = [:]
    /// Entity indexes by the folded form of every name and alias.
    private var foldedNames: [String: [Int]] = [:]

    /// Builds the graph and its indexes. Relations whose ends are missing are dropped.
    public init(articles: [Article] = [], entities: [Entity] = [], relations: [Relation] = []) {
        self.articles = articles
        self.entities = entities
        self.relations = []
        for (index, article) in articles.enumerated() { articleIndex[article.id] = index }
        for (index, entity) in entities.enumerated() {
            entityIndex[entity.id] = index
            for name in Set(entity.allNames.map(NameNormalizer.fold)) { foldedNames[name, default: []].append(index) }
        }
        for relation in relations where entityIndex[relation.subject] != nil && entityIndex[relation.object] != nil {
            let index = self.relations.count
            self.relations.append(relation)
            adjacency[relation.subject, default: []].append(index)
            if relation.object != relation.subject { adjacency[relation.object, default: []].append(index) }
        }
    }

    /// The entity with this id.
    public func entity(id: String) -> Entity? { entityIndex[id].map { entities[$0] } }

    /// The article with this id.
    public func article(id: String) -> Article? { articleIndex[id].map { articles[$0] } }

    /// The relations that touch the entity, either end.
    public func relations(of entityID: String) -> [Relation] { (adjacency[entityID] ?? []).map { relations[$0] } }

    /// Entities of a type (all types when nil) whose names contain `search`, ignoring case and diacritics.
    ///
    /// Sorted by how many mentions they have, then by name.
    public func entities(type: EntityType? = nil, search: String? = nil) -> [Entity] {
        let needle = search.map(NameNormalizer.fold).flatMap { $0.isEmpty ? nil : $0 }
        return entities.filter { entity in
            if let type, entity.type != type { return false }
            guard let needle else { return true }
            return entity.allNames.contains { NameNormalizer.fold($0).contains(needle) }
        }.sorted { ($0.mentions.count, $1.name) > ($1.mentions.count, $0.name) }
    }

    /// Finds one entity by id, or by a name or alias (ignoring case and diacritics).
    ///
    /// - Throws: ``GraphQueryError/unknownEntity(_:suggestions:)`` with the closest names when nothing
    ///   matches, ``GraphQueryError/ambiguousEntity(_:candidates:)`` when several entities share the name.
    public func resolve(_ nameOrID: String) throws(GraphQueryError) -> Entity {
        if let entity = entity(id: nameOrID) { return entity }
        if NameNormalizer.fold(nameOrID).isEmpty { throw .unknownEntity(nameOrID, suggestions: []) }
        let folded = NameNormalizer.fold(nameOrID)
        let exact = foldedNames[folded] ?? []
        if exact.count == 1 { return entities[exact[0]] }
        if exact.count > 1 {
            // Prefer the entity whose canonical name is the one asked for.
            let byName = exact.filter { NameNormalizer.fold(entities[$0].name) == folded }
            if byName.count == 1 { return entities[byName[0]] }
            throw .ambiguousEntity(nameOrID, candidates: exact.map { entities[$0] })
        }
        let containing = entities(search: nameOrID)
        if containing.count == 1 { return containing[0] }
        throw .unknownEntity(nameOrID, suggestions: suggestions(for: nameOrID))
    }

    /// Up to `limit` entity names closest to `text` (by edit distance on the folded forms).
    public func suggestions(for text: String, limit: Int = 5) -> [String] {
        let folded = NameNormalizer.fold(text)
        var scored: [(distance: Int, name: String)] = []
        for entity in entities {
            let best = entity.allNames.map { name -> Int in
                let candidate = NameNormalizer.fold(name)
                let distance = EditDistance.between(folded, candidate)
                // A name that contains the query as whole words, or is contained by it, is close whatever its
                // length ("An" inside "Trần Văn Bình" is not).
                let a = " \(candidate) ", b = " \(folded) "
                return a.contains(b) || b.contains(a) ? min(distance, 2) : distance
            }.min() ?? Int.max
            scored.append((best, entity.name))
        }
        let threshold = max(3, folded.count / 2)
        return scored.filter { $0.distance <= threshold }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .prefix(limit).map(\.name)
    }

    /// The part of the graph within `depth` hops of the entity, following only `predicates` when given.
    public func neighborhood(of entityID: String, depth: Int, predicates: Set<Predicate>? = nil) -> KnowledgeGraph {
        var seen: Set<String> = [entityID]
        var frontier: [String] = [entityID]
        var kept: Set<Int> = []
        for _ in 0..<max(depth, 0) {
            var next: [String] = []
            for id in frontier {
                for index in adjacency[id] ?? [] {
                    let relation = relations[index]
                    if let predicates, !predicates.contains(relation.predicate) { continue }
                    kept.insert(index)
                    if let other = relation.otherEnd(from: id), seen.insert(other).inserted { next.append(other) }
                }
            }
            frontier = next
        }
        return subgraph(entityIDs: seen, relationIndexes: kept)
    }

    /// The shortest chain of relations between two entities (either direction), or nil when none exists.
    public func shortestPath(from start: String, to goal: String, maxDepth: Int = Int.max) -> [Relation]? {
        if start == goal { return [] }
        var previous: [String: (entity: String, relation: Int)] = [:]
        var visited: Set<String> = [start]
        var frontier = [start]
        var depth = 0
        while !frontier.isEmpty && depth < maxDepth {
            depth += 1
            var next: [String] = []
            for id in frontier {
                for index in adjacency[id] ?? [] {
                    guard let other = relations[index].otherEnd(from: id), visited.insert(other).inserted else {
                        continue
                    }
                    previous[other] = (id, index)
                    if other == goal {
                        var chain: [Relation] = []
                        var cursor = goal
                        while let step = previous[cursor] {
                            chain.append(relations[step.relation])
                            cursor = step.entity
                        }
                        return chain.reversed()
                    }
                    next.append(other)
                }
            }
            frontier = next
        }
        return nil
    }

    /// The part of the graph that one article contributed: its entities, and relations with evidence from it.
    public func restricted(toArticle articleID: String) -> KnowledgeGraph {
        var kept: Set<Int> = []
        var ids: Set<String> = []
        for (index, relation) in relations.enumerated() where relation.evidence.contains(where: { $0.article == articleID }) {
            kept.insert(index)
            ids.insert(relation.subject)
            ids.insert(relation.object)
        }
        for entity in entities where entity.mentions.contains(where: { $0.article == articleID }) { ids.insert(entity.id) }
        var graph = subgraph(entityIDs: ids, relationIndexes: kept)
        graph.articles = articles.filter { $0.id == articleID }
        return graph
    }

    private func subgraph(entityIDs: Set<String>, relationIndexes: Set<Int>) -> KnowledgeGraph {
        let keptEntities = entities.filter { entityIDs.contains($0.id) }
        let keptRelations = relationIndexes.sorted().map { relations[$0] }
        let articleIDs = Set(keptRelations.flatMap { $0.evidence.map(\.article) } + keptEntities.flatMap { $0.mentions.map(\.article) })
        return KnowledgeGraph(
            articles: articles.filter { articleIDs.contains($0.id) }, entities: keptEntities, relations: keptRelations)
    }
}

extension KnowledgeGraph {
    /// The graph without entities of non-core types (dates, events…) that no relation touches:
    /// diagrams stay readable, and every core entity is still drawn.
    public func droppingIsolatedAuxiliaryEntities() -> KnowledgeGraph {
        let kept = entities.filter { $0.type.isCore || !relations(of: $0.id).isEmpty }
        return KnowledgeGraph(articles: articles, entities: kept, relations: relations)
    }
}
