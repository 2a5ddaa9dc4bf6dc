import Foundation
import MekongCore
import PostgresNIO

extension PostgresGraphStore {
    /// How many records one statement of an import writes.
    static let importPageSize = 1_000

    /// Writes a whole JSON export into this store, which must hold no article and no entity, in one transaction:
    /// exporting the store afterwards gives the same bytes, as with the SQLite store's import.
    ///
    /// The export carries no article text, so articles are stored with an empty text and each piece of evidence
    /// keeps its own sentence; each name of an entity is recorded as coming from the first article that mentions
    /// it. The caller checks that the export is consistent (`GraphImport`); a violation fails the transaction.
    /// Workers storing queued articles wait until the import commits (it holds their lock).
    /// - Throws: ``PostgresStoreError/notEmpty(_:)`` when the store holds articles or entities; other
    ///   ``PostgresStoreError``s when it cannot be written.
    public func importGraph(_ export: GraphExport) throws(PostgresStoreError) {
        try transaction("importing the graph") { () throws(PostgresStoreError) in
            try run("SELECT pg_advisory_xact_lock(\(PostgresSchema.mergeLock))", "waiting for workers to stop storing")
            let used = try run(
                "SELECT EXISTS (SELECT 1 FROM articles) OR EXISTS (SELECT 1 FROM entities)", "checking the store is empty")
            guard try !decode(used.first, as: Bool.self) else { throw .notEmpty(location) }
            for page in Self.pages(export.articles) {
                try insert(page.map(ImportedRows.Article.init), """
                    INSERT INTO articles (id, title, path, url, source, author, published, sha256, text, ingested_at,
                        published_from)
                    SELECT r ->> 'id', r ->> 'title', r ->> 'path', r ->> 'url', r ->> 'source', r ->> 'author',
                        r ->> 'published', r ->> 'sha256', '', now(), r ->> 'publishedFrom'
                    FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS rows (r, n) ORDER BY n
                    """, "importing articles")
            }
            let firstArticle = export.articles.first?.id
            for page in Self.pages(export.entities) {
                try insert(page.map(ImportedRows.Entity.init), """
                    INSERT INTO entities (id, type, name, name_length, key, attributes)
                    SELECT r ->> 'id', r ->> 'type', r ->> 'name', (r ->> 'nameLength')::integer, r ->> 'key',
                        r -> 'attributes'
                    FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS rows (r, n) ORDER BY n
                    """, "importing entities")
                // Names are read back in the order they were written: the canonical name first, then the aliases.
                let names = page.flatMap { entity in
                    entity.allNames.enumerated().map { index, name in
                        ImportedRows.Name(
                            entity: entity.id, article: entity.mentions.first?.article ?? firstArticle ?? "", name: name,
                            canonical: index == 0)
                    }
                }
                try insert(names, """
                    INSERT INTO entity_names (entity_id, article_id, name, name_length, key, folded, is_canonical)
                    SELECT r ->> 'entity', r ->> 'article', r ->> 'name', (r ->> 'nameLength')::integer, r ->> 'key',
                        r ->> 'folded', (r ->> 'canonical')::boolean
                    FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS rows (r, n) ORDER BY n
                    ON CONFLICT DO NOTHING
                    """, "importing names")
                let mentions = page.flatMap { entity in entity.mentions.map { ImportedRows.Mention(entity: entity.id, $0) } }
                try insert(mentions, """
                    INSERT INTO mentions (entity_id, article_id, start, "end", text)
                    SELECT r ->> 'entity', r ->> 'article', (r ->> 'start')::integer, (r ->> 'end')::integer, r ->> 'text'
                    FROM jsonb_array_elements($1::jsonb) r
                    ON CONFLICT DO NOTHING
                    """, "importing mentions")
            }
            // An export before version 3 gives what each report says of a post's time on the relation.
            for page in Self.pages(export.relations.map { $0.reportAttributesOnEvidence() }) {
                try insert(page.map(ImportedRows.Relation.init), """
                    INSERT INTO relations (id, subject, predicate, object, attributes)
                    SELECT r ->> 'id', r ->> 'subject', r ->> 'predicate', r ->> 'object', r -> 'attributes'
                    FROM jsonb_array_elements($1::jsonb) r
                    """, "importing relations")
                let evidence = page.flatMap { relation in
                    relation.evidence.map { ImportedRows.Evidence(relation: relation.id, $0) }
                }
                try insert(evidence, """
                    INSERT INTO evidence (relation_id, article_id, start, "end", text, extractor, rule, confidence,
                        attributes)
                    SELECT r ->> 'relation', r ->> 'article', (r ->> 'start')::integer, (r ->> 'end')::integer,
                        r ->> 'text', r ->> 'extractor', r ->> 'rule', (r ->> 'confidence')::double precision,
                        CASE WHEN r -> 'attributes' = '{}'::jsonb THEN NULL ELSE r -> 'attributes' END
                    FROM jsonb_array_elements($1::jsonb) r
                    ON CONFLICT DO NOTHING
                    """, "importing evidence")
            }
        }
    }

    /// `items` cut into pages of ``importPageSize``.
    private static func pages<Item>(_ items: [Item]) -> [ArraySlice<Item>] {
        stride(from: 0, to: items.count, by: importPageSize).map { items[$0..<min($0 + importPageSize, items.count)] }
    }

    /// Runs `sql`, whose `$1` is `rows` as a JSON array; nothing for no rows.
    private func insert<Row: Encodable>(_ rows: [Row], _ sql: String, _ doing: String) throws(PostgresStoreError) {
        guard !rows.isEmpty else { return }
        let json: String
        do {
            json = String(decoding: try JSONEncoder().encode(rows), as: UTF8.self)
        } catch {
            throw .failed(location, doing: doing, reason: "\(error)")
        }
        var binds = PostgresBindings()
        binds.append(json)
        try run(PostgresQuery(unsafeSQL: sql, binds: binds), doing)
    }
}
