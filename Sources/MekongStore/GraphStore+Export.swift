import Foundation
import GRDB
import MekongCore

extension GraphStore: GraphStreamSource {
    /// Writes the whole graph as the JSON export (`docs/export-format.md`), streaming: the bytes are those
    /// of encoding ``MekongCore/GraphExport`` of ``loadGraph()``, but the graph is read one article, entity
    /// and relation at a time, so memory stays bounded whatever the size of the store.
    ///
    /// `write` receives the output in chunks; no newline follows the closing brace.
    /// - Throws: ``StoreError`` when the store cannot be read; whatever `write` throws, unchanged.
    public func writeExport(to write: @escaping (Data) throws -> Void) throws {
        try writeGraph { output in GraphExportWriter(write: output(write)) }
    }

    /// Hands the whole graph, read one article, entity and relation at a time, to the writer that
    /// `makeWriter` builds (any ``MekongCore/GraphStreamWriter``: GraphML, GEXF, Neo4j CSV, RDF …), in the
    /// order the JSON export lists them, then finishes it. Memory stays bounded whatever the size of the store.
    ///
    /// `makeWriter` receives `output`, which wraps each of the writer's output closures so that what they throw
    /// is reported unchanged rather than as a failure of the store: build the writer on `output(write)`.
    /// - Throws: ``StoreError`` when the store cannot be read; whatever an output closure throws, unchanged.
    public func writeGraph<Writer: GraphStreamWriter>(
        _ makeWriter: (_ output: @escaping (@escaping (Data) throws -> Void) -> (Data) throws -> Void) -> Writer
    ) throws {
        // An error of an output is carried out of the read, which would otherwise report it as a store failure.
        var failure: (any Error)?
        try reading { db in
            var writer = makeWriter { write in
                { data in
                    do { try write(data) } catch {
                        failure = error
                        throw CancellationError()
                    }
                }
            }
            do {
                let articles = try Row.fetchCursor(db, sql: """
                    SELECT id, title, path, url, source, author, published, sha256, '', \(try DateOriginMigration.column(db))
                    FROM articles ORDER BY id
                    """)
                while let row = try articles.next() {
                    try writer.article(GraphExport.ArticleRecord(Self.article(from: row)))
                }
                // Each table is read once, in id order, and joined on the fly: the same values and orders as
                // loadGraph, without holding more than one entity or relation.
                let coder = AttributesJSON()
                var names = GroupedRows(try Row.fetchCursor(
                    db, sql: "SELECT entity_id, name FROM entity_names ORDER BY entity_id, rowid")) { $0[1] as String }
                var mentionRows = try MentionReading(db)
                var mentions = GroupedRows { try mentionRows.next().map { ($0.entity, $0.mention) } }
                let entities = try Row.fetchCursor(db, sql: "SELECT id, type, name, attributes FROM entities ORDER BY id")
                while let row = try entities.next() {
                    let id: String = row[0]
                    let name: String = row[2]
                    var seen: Set<String> = [name]
                    try writer.entity(Entity(
                        id: id, type: EntityType(rawValue: row[1]), name: name,
                        aliases: try names.group(id).filter { seen.insert($0).inserted },
                        attributes: try coder.decode(row[3]), mentions: try mentions.group(id)))
                }
                // ifnull(rule, '') orders as rule does (NULL first; the identity allows no '' beside a NULL). A store
                // before migration v10 reads this order from its identity index; after it SQLite sorts the view's rows
                // (4.8 s instead of 4.7 s for the 17,000-article store, docs/benchmarks.md).
                var evidence = GroupedRows(try Row.fetchCursor(db, sql: """
                    SELECT e.relation_id, \(try EvidenceRow.columns(db, alias: "e")) FROM evidence e
                    ORDER BY e.relation_id, e.article_id, e.start, e."end", e.extractor, ifnull(e.rule, '')
                    """)) { try EvidenceRow.evidence($0, at: 1, coder: coder) }
                let relations = try Row.fetchCursor(
                    db, sql: "SELECT id, subject, predicate, object, attributes FROM relations ORDER BY id")
                while let row = try relations.next() {
                    let id: String = row[0]
                    try writer.relation(Relation(
                        id: id, subject: row[1], predicate: Predicate(rawValue: row[2]), object: row[3],
                        attributes: try coder.decode(row[4]), evidence: try evidence.group(id)).reportAttributesOnEvidence())
                }
                try writer.finish()
            } catch is CancellationError where failure != nil {
                return
            }
        }
        if let failure { throw failure }
    }
}
