import Foundation
import GRDB
import MekongCore

extension GraphStore {
    /// Writes the whole graph as the JSON export (`docs/export-format.md`), streaming: the bytes are those
    /// of encoding ``MekongCore/GraphExport`` of ``loadGraph()``, but the graph is read one article, entity
    /// and relation at a time, so memory stays bounded whatever the size of the store.
    ///
    /// `write` receives the output in chunks; no newline follows the closing brace.
    /// - Throws: ``StoreError`` when the store cannot be read; whatever `write` throws, unchanged.
    public func writeExport(to write: @escaping (Data) throws -> Void) throws {
        // An error of `write` is carried out of the read, which would otherwise report it as a store failure.
        var failure: (any Error)?
        try reading { db in
            let reader = StoredGraphReader(db: db)
            var writer = GraphExportWriter { data in
                do { try write(data) } catch {
                    failure = error
                    throw CancellationError()
                }
            }
            do {
                let articles = try Row.fetchCursor(
                    db, sql: "SELECT id, title, path, source, author, published, sha256 FROM articles ORDER BY id")
                while let row = try articles.next() {
                    try writer.article(GraphExport.ArticleRecord(Article(
                        id: row[0], title: row[1], path: row[2], source: row[3], author: row[4], published: row[5],
                        sha256: row[6], text: "")))
                }
                let entities = try Row.fetchCursor(db, sql: "SELECT id, type, name, attributes FROM entities ORDER BY id")
                while let row = try entities.next() { try writer.entity(reader.entity(from: row)) }
                let relations = try Row.fetchCursor(
                    db, sql: "SELECT id, subject, predicate, object, attributes FROM relations ORDER BY id")
                while let row = try relations.next() { try writer.relation(reader.relation(from: row)) }
                try writer.finish()
            } catch is CancellationError where failure != nil {
                return
            }
        }
        if let failure { throw failure }
    }
}
