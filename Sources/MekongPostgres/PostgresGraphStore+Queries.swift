import Foundation
import MekongCore
import MekongStore
import PostgresNIO

extension PostgresGraphStore: GraphQuerying {
    /// Runs `body` on the store's rows inside one read-only snapshot.
    func reading<T>(_ body: (PostgresRowReader) throws -> T) throws -> T {
        try begin("reading the graph", readOnly: true)
        defer { try? end("reading the graph", commit: false) }
        return try body(PostgresRowReader(store: self))
    }

    public func entity(id: String) throws -> Entity? {
        try reading { try $0.entity(id: id) }
    }

    public func suggestions(for text: String, limit: Int) throws -> [String] {
        try reading { try $0.suggestions(for: text, limit: limit) }
    }

    public func article(id: String) throws -> Article? {
        try reading { try $0.articles(ids: [id], withText: true).first }
    }

    public func statistics() throws -> StoreStatistics {
        guard let row = try run("""
            SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities), (SELECT count(*) FROM relations),
                (SELECT count(*) FROM mentions), (SELECT count(*) FROM evidence)
            """, "counting the graph").first
        else { throw PostgresStoreError.failed(location, doing: "counting the graph", reason: "no row came back") }
        let (articles, entities, relations, mentions, evidence) = try row.decode((Int, Int, Int, Int, Int).self)
        return StoreStatistics(
            articles: articles, entities: entities, relations: relations, mentions: mentions, evidence: evidence)
    }

    public func entities(type: EntityType?, search: String?) throws -> [Entity] {
        try reading { try $0.entities(type: type, search: search) }
    }

    public func resolve(_ nameOrID: String) throws -> Entity {
        try reading { try $0.resolve(nameOrID) }
    }

    public func relations(of entityID: String) throws -> [Relation] {
        try reading { try $0.relations(of: entityID) }
    }

    public func entityNames(_ ids: some Sequence<String>) throws -> [String: String] {
        try reading { try $0.names(of: ids) }
    }

    public func neighborhood(of entityID: String, depth: Int, predicates: Set<MekongCore.Predicate>?) throws -> KnowledgeGraph {
        try reading { try $0.neighborhood(of: entityID, depth: depth, predicates: predicates) }
    }

    public func neighborhoodRelations(of entityID: String, depth: Int, predicates: Set<MekongCore.Predicate>?) throws -> [Relation] {
        try reading { try $0.neighborhoodRelations(of: entityID, depth: depth, predicates: predicates) }
    }

    public func shortestPaths(from start: String, to goal: String, constraints: PathConstraints, limit: Int) throws
        -> [[Relation]]?
    {
        try reading { try $0.shortestPaths(from: start, to: goal, constraints: constraints, limit: limit) }
    }

    public func summary(
        maxEntities: Int?, includeIsolated: Bool, predicates: Set<MekongCore.Predicate>?, published: PublishedRange
    ) throws -> GraphSummary {
        try reading {
            try $0.summary(maxEntities: maxEntities, includeIsolated: includeIsolated, predicates: predicates, published: published)
        }
    }

    public func articleSummaries(_ ids: some Sequence<String>) throws -> [String: ArticleSummary] {
        try summaries(Array(Set(ids)))
    }

    /// As the SQLite store lists them: newest first, undated last, then by id descending; the outlet compared
    /// ignoring ASCII case only.
    public func articleListing(_ filter: ArticleFilter) throws -> ArticleListing {
        var conditions: [String] = []
        var binds = PostgresBindings()
        if let entity = filter.mentioning {
            binds.append(entity)
            conditions.append("a.id IN (SELECT article_id FROM mentions WHERE entity_id = $\(binds.count))")
        }
        if let outlet = filter.outlet {
            binds.append(LikePattern.containing(outlet.lowercasedASCII))
            let lowered = "translate(%@, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') LIKE $\(binds.count)"
            conditions.append("(" + lowered.replacingOccurrences(of: "%@", with: "a.source") + " OR "
                + lowered.replacingOccurrences(of: "%@", with: "a.url") + ")")
        }
        let others = conditions.isEmpty ? "true" : conditions.joined(separator: " AND ")
        var rangeBinds = binds
        let range = PostgresRows.published("a.published", in: filter.published, binds: &rangeBinds)
        let undated = filter.published.isBounded
            ? try decode(run(PostgresQuery(
                unsafeSQL: "SELECT count(*) FROM articles a WHERE \(others) AND a.published IS NULL", binds: binds),
                "counting undated articles").first, as: Int.self)
            : 0
        let limit = filter.limit.map { "LIMIT \($0 + 1)" } ?? ""
        var ids = try run(PostgresQuery(unsafeSQL: """
            SELECT a.id FROM articles a WHERE \(others) AND \(range)
            ORDER BY a.published DESC NULLS LAST, a.id DESC \(limit)
            """, binds: rangeBinds), "listing articles").map { try $0.decode(String.self) }
        let hasMore = filter.limit.map { ids.count > $0 } ?? false
        if hasMore { ids.removeLast() }
        let summaries = try summaries(ids)
        return ArticleListing(articles: ids.compactMap { summaries[$0] }, undatedLeftOut: undated, hasMore: hasMore)
    }

    /// As the SQLite store lists them: in id order, stopping at the limit; a date range looks at the dates of
    /// each candidate's evidence.
    public func relationListing(_ filter: RelationFilter) throws -> RelationListing {
        var conditions: [String] = []
        var binds = PostgresBindings()
        if let predicates = filter.predicates {
            binds.append(predicates.map(\.rawValue).sorted())
            conditions.append("r.predicate = ANY($\(binds.count))")
        }
        if let subject = filter.subject {
            binds.append(subject)
            conditions.append("r.subject = $\(binds.count)")
        }
        if let object = filter.object {
            binds.append(object)
            conditions.append("r.object = $\(binds.count)")
        }
        if filter.published.isBounded {
            conditions.append("""
                EXISTS (SELECT 1 FROM evidence e JOIN articles a ON a.id = e.article_id
                    WHERE e.relation_id = r.id AND \(PostgresRows.published("a.published", in: filter.published, binds: &binds)))
                """)
        }
        let limit = filter.limit.map { "LIMIT \($0 + 1)" } ?? ""
        return try reading { reader in
            var ids = try run(PostgresQuery(unsafeSQL: """
                SELECT r.id FROM relations r \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY r.id \(limit)
                """, binds: binds), "listing relations").map { try $0.decode(String.self) }
            let hasMore = filter.limit.map { ids.count > $0 } ?? false
            if hasMore { ids.removeLast() }
            return RelationListing(relations: try ids.compactMap { try reader.relation(id: $0) }, hasMore: hasMore)
        }
    }

    public func contribution(ofArticle articleID: String) throws -> KnowledgeGraph {
        try reading { try $0.contribution(ofArticle: articleID) }
    }

    public func findArticle(_ reference: String) throws -> String? {
        let suffix = "/" + reference
        return try run("""
            SELECT id FROM articles WHERE id = \(reference) OR path = \(reference) OR right(path, length(\(suffix))) = \(suffix)
            ORDER BY id LIMIT 1
            """, "finding an article").first.map { try $0.decode(String.self) }
    }

    public func articleIDs(limit: Int) throws -> [String] {
        try run("SELECT id FROM articles ORDER BY id LIMIT \(limit)", "listing articles").map { try $0.decode(String.self) }
    }

    public func keepingEvidence(of relations: [Relation], reportedIn range: PublishedRange) throws -> [Relation] {
        try reading { try $0.keepingEvidence(of: relations, reportedIn: range) }
    }

    /// Each article's row and its counts.
    private func summaries(_ ids: [String]) throws -> [String: ArticleSummary] {
        var summaries: [String: ArticleSummary] = [:]
        for row in try run("""
            SELECT id, title, path, url, source, author, published,
                (SELECT count(DISTINCT entity_id) FROM mentions WHERE article_id = articles.id),
                (SELECT count(DISTINCT relation_id) FROM evidence WHERE article_id = articles.id),
                published_from
            FROM articles WHERE id = ANY(\(ids))
            """, "reading article summaries")
        {
            let (id, title, path, url, source, author, published, entities, relations, origin) = try row.decode(
                (String, String, String, String?, String?, String?, String?, Int, Int, String?).self)
            summaries[id] = ArticleSummary(
                id: id, title: title, path: path, url: url, source: source, author: author, published: published,
                publishedFrom: origin.flatMap(DateOrigin.init(rawValue:)), entities: entities, relations: relations)
        }
        return summaries
    }
}

extension String {
    /// The text with A–Z lowered and every other character kept, as SQLite's LIKE compares.
    fileprivate var lowercasedASCII: String {
        String(unicodeScalars.map { ("A"..."Z").contains($0) ? Character(Unicode.Scalar($0.value + 32)!) : Character($0) })
    }
}
