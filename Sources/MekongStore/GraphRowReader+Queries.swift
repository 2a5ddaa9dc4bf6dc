import MekongCore

/// The graph queries, written once over ``GraphRowReader``: each gives what the same query gives on the loaded
/// ``MekongCore/KnowledgeGraph``, reading only the rows it needs.
extension GraphRowReader {
    /// The entities with these ids, in the order given; ids the store does not hold are skipped.
    public func entities(ids: some Sequence<String>) throws -> [Entity] {
        try ids.compactMap { try entity(id: $0) }
    }

    /// The relations with these ids, ordered by id as the whole graph orders them.
    public func relations(ids: some Sequence<String>) throws -> [Relation] {
        try Set(ids).sorted(by: Self.storeOrder).compactMap { try relation(id: $0) }
    }

    /// The relations that touch the entity, either end, with their evidence, ordered by id.
    public func relations(of entityID: String) throws -> [Relation] {
        try relations(ids: (edges(of: [entityID])[entityID] ?? []).map(\.relation))
    }

    // MARK: Neighbourhoods

    /// The part of the graph within `depth` hops of the entity, following only `predicates` when given, as
    /// ``MekongCore/KnowledgeGraph/neighborhood(of:depth:predicates:)`` gives it; its articles without text.
    public func neighborhood(of entityID: String, depth: Int, predicates: Set<Predicate>? = nil) throws -> KnowledgeGraph {
        let (seen, kept) = try explore(from: entityID, depth: depth, predicates: predicates)
        return try subgraph(entityIDs: seen, relationIDs: kept)
    }

    /// The relations of ``neighborhood(of:depth:predicates:)``, ordered by id, without the entities' mentions or
    /// the articles.
    public func neighborhoodRelations(of entityID: String, depth: Int, predicates: Set<Predicate>? = nil) throws -> [Relation] {
        try relations(ids: explore(from: entityID, depth: depth, predicates: predicates).kept)
    }

    /// The breadth-first walk of the in-memory graph's neighbourhood: the entities reached and the relations
    /// followed, reading each layer's relations at once.
    func explore(from entityID: String, depth: Int, predicates: Set<Predicate>?) throws
        -> (seen: Set<String>, kept: Set<String>)
    {
        var seen: Set<String> = [entityID]
        var frontier: [String] = [entityID]
        var kept: Set<String> = []
        for _ in 0..<max(depth, 0) where !frontier.isEmpty {
            let edges = try edges(of: frontier)
            var next: [String] = []
            for id in frontier {
                for edge in edges[id] ?? [] {
                    if let predicates, !predicates.contains(Predicate(rawValue: edge.predicate)) { continue }
                    kept.insert(edge.relation)
                    if seen.insert(edge.other).inserted { next.append(edge.other) }
                }
            }
            frontier = next
        }
        return (seen, kept)
    }

    /// The graph of these entities and relations, with the articles they cite (without text), as the
    /// in-memory graph's subgraphs are made.
    public func subgraph(entityIDs: Set<String>, relationIDs: Set<String>) throws -> KnowledgeGraph {
        let entities = try entities(ids: entityIDs.sorted(by: Self.storeOrder))
        let relations = try relations(ids: relationIDs)
        var articleIDs = Set(entities.flatMap { $0.mentions.map(\.article) })
        for relation in relations { articleIDs.formUnion(relation.evidence.map(\.article)) }
        return KnowledgeGraph(articles: try articles(ids: articleIDs, withText: false), entities: entities, relations: relations)
    }

    /// What one article contributed: its entities, the relations with evidence from it (each with all its
    /// evidence), and the article itself with its text, as ``MekongCore/KnowledgeGraph/restricted(toArticle:)``
    /// gives it.
    public func contribution(ofArticle articleID: String) throws -> KnowledgeGraph {
        var entityIDs = try entityIDs(mentionedIn: articleID)
        let relations = try relations(ids: relationIDs(evidencedIn: articleID))
        for relation in relations {
            entityIDs.insert(relation.subject)
            entityIDs.insert(relation.object)
        }
        return KnowledgeGraph(
            articles: try articles(ids: [articleID], withText: true),
            entities: try entities(ids: entityIDs.sorted(by: Self.storeOrder)), relations: relations)
    }

    /// `relations` with only the evidence that articles published in `range` give: a date-bounded drawing cites
    /// the sentences of its range, not those of other articles that state the same relation. Unchanged when
    /// `range` has no end.
    public func keepingEvidence(of relations: [Relation], reportedIn range: PublishedRange) throws -> [Relation] {
        guard range.isBounded else { return relations }
        let inRange = try articleIDs(
            Set(relations.flatMap { $0.evidence.map(\.article) }).sorted(), publishedIn: range)
        return relations.map { relation in
            var kept = relation
            kept.evidence = relation.evidence.filter { inRange.contains($0.article) }
            return kept
        }
    }

    // MARK: Names

    /// Entities of a type (all types when nil) whose names contain `search`, ignoring case and diacritics,
    /// most mentioned first, then by name, as ``MekongCore/KnowledgeGraph/entities(type:search:)`` orders them.
    public func entities(type: EntityType?, search: String?) throws -> [Entity] {
        let needle = search.map(NameNormalizer.fold).flatMap { $0.isEmpty ? nil : $0 }
        let ids = try needle.map { try entityIDs(containing: $0) } ?? entityIDs(ofType: type)
        let found = try entities(ids: ids).filter { type == nil || $0.type == type }
        // The in-memory graph's order, sort included (the input is in id order, as the graph holds it).
        return found.sorted { ($0.mentions.count, $1.name) > ($1.mentions.count, $0.name) }
    }

    /// The ids (in id order) of the entities with a name whose search form contains `needle`.
    func entityIDs(containing needle: String) throws -> [String] {
        Set(try foldedNames(containing: needle).filter { $0.folded.contains(needle) }.map(\.entity))
            .sorted(by: Self.storeOrder)
    }

    /// Finds one entity by id, or by a name or alias (ignoring case and diacritics), as
    /// ``MekongCore/KnowledgeGraph/resolve(_:)`` does.
    ///
    /// - Throws: ``MekongCore/GraphQueryError/unknownEntity(_:suggestions:)`` with the closest names when
    ///   nothing matches, ``MekongCore/GraphQueryError/ambiguousEntity(_:candidates:)`` when several entities
    ///   share the name; whatever the reads throw.
    public func resolve(_ nameOrID: String) throws -> Entity {
        if let entity = try entity(id: nameOrID) { return entity }
        let folded = NameNormalizer.fold(nameOrID)
        if folded.isEmpty { throw GraphQueryError.unknownEntity(nameOrID, suggestions: []) }
        let exact = Set(try foldedNames(equalTo: folded).map(\.entity)).sorted(by: Self.storeOrder)
        if exact.count == 1, let entity = try entity(id: exact[0]) { return entity }
        if exact.count > 1 {
            let candidates = try entities(ids: exact)
            // Prefer the entity whose canonical name is the one asked for.
            let byName = candidates.filter { NameNormalizer.fold($0.name) == folded }
            if byName.count == 1 { return byName[0] }
            throw GraphQueryError.ambiguousEntity(nameOrID, candidates: candidates)
        }
        let containing = try entityIDs(containing: folded)
        if containing.count == 1, let entity = try entity(id: containing[0]) { return entity }
        throw GraphQueryError.unknownEntity(nameOrID, suggestions: try suggestions(for: nameOrID))
    }

    /// Finds one entity by id, or by a whole name or alias (ignoring case and diacritics), keeping only entities
    /// of `type` when it is given: ``resolve(_:)`` without its last resort, a name that merely contains the text
    /// (a curation changes the graph, so "Lê Văn Nưn" must not find "Lê Văn Nưng"). Among several entities with
    /// the name, the one whose canonical name it is wins.
    ///
    /// - Throws: ``MekongCore/GraphQueryError/unknownEntity(_:suggestions:)`` with the closest names, or
    ///   ``MekongCore/GraphQueryError/ambiguousEntity(_:candidates:)`` with the entities that have the name.
    public func resolveExactly(_ nameOrID: String, type: EntityType?) throws -> Entity {
        if let entity = try entity(id: nameOrID), type == nil || entity.type == type { return entity }
        let folded = NameNormalizer.fold(nameOrID)
        let ids = Set(try foldedNames(equalTo: folded).map(\.entity)).sorted(by: Self.storeOrder)
        return try GraphQueryError.choosingExactly(
            nameOrID, among: try entities(ids: ids).filter { type == nil || $0.type == type }
        ) { try suggestions(for: nameOrID) }
    }

    /// Up to `limit` entity names closest to `text`, as ``MekongCore/KnowledgeGraph/suggestions(for:limit:)``
    /// gives them, measured only against names that can be close enough.
    ///
    /// A name is offered when its edit distance to the text is at most half the text's length (and at least
    /// 3), or when one contains the other as whole words. The distance is at least the difference of the
    /// lengths, so only names of a length within the threshold, names containing the text, and names made of
    /// a run of the text's words are read.
    public func suggestions(for text: String, limit: Int = 5) throws -> [String] {
        let folded = NameNormalizer.fold(text)
        let threshold = max(3, folded.count / 2)
        let length = folded.unicodeScalars.count
        var candidates = try foldedNames(scalarCountFrom: length - threshold, to: length + threshold)
        candidates += try foldedNames(containing: folded).filter { $0.folded.contains(folded) }
        let words = folded.split(separator: " ")
        for start in words.indices {
            for end in start..<words.endIndex {
                candidates += try foldedNames(equalTo: words[start...end].joined(separator: " "))
            }
        }
        // The same measure as the in-memory graph, per entity: its closest name.
        var best: [String: Int] = [:]
        var measured: Set<String> = []
        for candidate in candidates where measured.insert(candidate.entity + "\u{0}" + candidate.folded).inserted {
            let distance = EditDistance.between(folded, candidate.folded)
            let a = " \(candidate.folded) ", b = " \(folded) "
            let score = a.contains(b) || b.contains(a) ? min(distance, 2) : distance
            best[candidate.entity] = min(best[candidate.entity] ?? Int.max, score)
        }
        let close = best.filter { $0.value <= threshold }.keys.sorted(by: Self.storeOrder)
        let names = try names(of: close)
        let scored = close.compactMap { id in names[id].map { (distance: best[id]!, name: $0) } }
        return scored.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.prefix(limit).map(\.name)
    }

    // MARK: Paths

    /// The shortest chains of relations between two entities that pass through no entity `constraints`
    /// exclude, up to `limit` of them, each with its relations' evidence; `[[]]` when they are the same
    /// entity, nil when no such chain joins them (see ``GraphStore/shortestPaths(from:to:constraints:limit:)``).
    public func shortestPaths(
        from start: String, to goal: String, constraints: PathConstraints = PathConstraints(), limit: Int = 1
    ) throws -> [[Relation]]? {
        var excluded: [String: Bool] = [:]
        func isExcluded(_ id: String) throws -> Bool {
            if id == start || id == goal { return false }
            if constraints.avoiding.contains(id) { return true }
            guard let maxDegree = constraints.maxDegree else { return false }
            if let known = excluded[id] { return known }
            let answer = try degree(of: id) > maxDegree
            excluded[id] = answer
            return answer
        }
        var search = ShortestPathSearch { ids in
            var edges = try edges(of: ids)
            guard !constraints.isEmpty else { return edges }
            for (id, list) in edges { edges[id] = try list.filter { try !isExcluded($0.other) } }
            return edges
        }
        let chains: [[String]]?
        if limit <= 1 {
            chains = try search.relationIDs(from: start, to: goal).map { [$0] }
        } else {
            chains = try search.allRelationIDs(from: start, to: goal, limit: limit)
        }
        return try chains?.map { chain in try chain.compactMap { try relation(id: $0) } }
    }
}
