import Foundation
import MekongCore
import PostgresNIO

extension PostgresGraphStore: GraphStreamSource {
    /// How many articles, entities or relations one page of an export reads: memory stays bounded whatever
    /// the size of the store.
    static let exportPageSize = 1_000

    /// Hands the whole graph to the writer `makeWriter` builds (the JSON export or any other
    /// ``MekongCore/GraphStreamWriter``), in the order and with the values the SQLite store's `writeGraph`
    /// gives, so that both stores export the same bytes for the same articles; then finishes it.
    ///
    /// The graph is read a page at a time inside one read-only snapshot: workers storing articles meanwhile
    /// change nothing the export sees.
    /// - Throws: ``PostgresStoreError`` when the store cannot be read; whatever the writer throws, unchanged.
    public func writeGraph<Writer: GraphStreamWriter>(
        _ makeWriter: (_ output: @escaping (@escaping (Data) throws -> Void) -> (Data) throws -> Void) -> Writer
    ) throws {
        // What the writer's outputs throw needs no wrapping here: store failures are PostgresStoreError.
        var writer = makeWriter { $0 }
        try begin("exporting the graph", readOnly: true)
        defer { try? end("exporting the graph", commit: false) }
        try eachPage { try articlePage(after: $0, withText: false) } each: {
            try writer.article(GraphExport.ArticleRecord($0))
        } key: { $0.id }
        try eachPage(entityPage) { try writer.entity($0) } key: { $0.id }
        try eachPage(relationPage) { try writer.relation($0) } key: { $0.id }
        try writer.finish()
    }

    /// The whole graph in memory, read a page at a time inside one read-only snapshot, with the values and orders
    /// of the SQLite store's `loadGraph()`: articles with their text, entities and relations, each by id.
    /// - Throws: ``PostgresStoreError`` when the store cannot be read.
    public func loadGraph() throws -> KnowledgeGraph {
        try begin("reading the graph", readOnly: true)
        defer { try? end("reading the graph", commit: false) }
        var articles: [Article] = []
        var entities: [Entity] = []
        var relations: [Relation] = []
        try eachPage { try articlePage(after: $0, withText: true) } each: { articles.append($0) } key: { $0.id }
        try eachPage(entityPage) { entities.append($0) } key: { $0.id }
        try eachPage(relationPage) { relations.append($0) } key: { $0.id }
        return KnowledgeGraph(articles: articles, entities: entities, relations: relations)
    }

    /// Calls `page` with the key of the last item handed out (nil first) until it returns a short page.
    private func eachPage<Item>(
        _ page: (String?) throws -> [Item], each: (Item) throws -> Void, key: (Item) -> String
    ) throws {
        var last: String?
        while true {
            let items = try page(last)
            for item in items { try each(item) }
            guard items.count == Self.exportPageSize, let final = items.last else { return }
            last = key(final)
        }
    }

    /// The articles after `last`, with their text only `withText`.
    private func articlePage(after last: String?, withText: Bool) throws -> [Article] {
        try run(PostgresQuery(unsafeSQL: """
            SELECT \(PostgresRows.articleColumns(withText: withText)) FROM articles
            WHERE $1::text IS NULL OR id > $1::text COLLATE "C" ORDER BY id LIMIT \(Self.exportPageSize)
            """, binds: try Self.binds(last)), "reading articles").map(PostgresRows.article)
    }

    /// The entities after `last`, with their aliases (in the order first given) and mentions.
    private func entityPage(after last: String?) throws -> [Entity] {
        let rows = try run("""
            SELECT id, type, name, attributes::text FROM entities
            WHERE \(last)::text IS NULL OR id > \(last)::text COLLATE "C" ORDER BY id LIMIT \(Self.exportPageSize)
            """, "exporting entities").map { try $0.decode((String, String, String, String).self) }
        guard let first = rows.first?.0, let final = rows.last?.0 else { return [] }
        var names: [String: [String]] = [:]
        for row in try run("""
            SELECT entity_id, name FROM entity_names
            WHERE entity_id >= \(first)::text COLLATE "C" AND entity_id <= \(final)::text COLLATE "C"
            ORDER BY entity_id, ord
            """, "exporting names") {
            let (id, name) = try row.decode((String, String).self)
            names[id, default: []].append(name)
        }
        var mentions: [String: [Mention]] = [:]
        for row in try run(PostgresQuery(unsafeSQL: """
            SELECT \(PostgresRows.mentionColumns) FROM mentions
            WHERE entity_id >= $1::text COLLATE "C" AND entity_id <= $2::text COLLATE "C"
            ORDER BY \(PostgresRows.mentionOrder)
            """, binds: try Self.binds(first, final)), "exporting mentions") {
            let (entity, mention) = try PostgresRows.mention(row)
            mentions[entity, default: []].append(mention)
        }
        return try rows.map { id, type, name, attributes in
            try PostgresRows.entity(
                id: id, type: type, name: name, attributes: attributes, names: names[id] ?? [], mentions: mentions[id] ?? [])
        }
    }

    /// The relations after `last`, with their evidence.
    private func relationPage(after last: String?) throws -> [Relation] {
        let rows = try run("""
            SELECT id, subject, predicate, object, attributes::text FROM relations
            WHERE \(last)::text IS NULL OR id > \(last)::text COLLATE "C" ORDER BY id LIMIT \(Self.exportPageSize)
            """, "exporting relations").map { try $0.decode((String, String, String, String, String).self) }
        guard let first = rows.first?.0, let final = rows.last?.0 else { return [] }
        var evidence: [String: [Evidence]] = [:]
        for row in try run(PostgresQuery(unsafeSQL: """
            SELECT \(PostgresRows.evidenceColumns) FROM evidence
            WHERE relation_id >= $1::text COLLATE "C" AND relation_id <= $2::text COLLATE "C"
            ORDER BY \(PostgresRows.evidenceOrder)
            """, binds: try Self.binds(first, final)), "exporting evidence") {
            let (relation, piece) = try PostgresRows.evidence(row)
            evidence[relation, default: []].append(piece)
        }
        return try rows.map { id, subject, predicate, object, attributes in
            try PostgresRows.relation(
                id: id, subject: subject, predicate: predicate, object: object, attributes: attributes,
                evidence: evidence[id] ?? [])
        }
    }

    /// Binds for a query's `$1`, `$2` … in order.
    static func binds(_ values: String?...) throws -> PostgresBindings {
        var binds = PostgresBindings()
        for value in values { binds.append(value) }
        return binds
    }
}
