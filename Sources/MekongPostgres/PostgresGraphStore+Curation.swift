import Foundation
import MekongCore
import MekongStore
import PostgresNIO

extension PostgresGraphStore {
    /// The store's curations, oldest first, each as the line `curation.yaml` would hold for it (the table
    /// `curations`; a URL has no folder to hold a file).
    public func curationLines() throws(PostgresStoreError) -> [String] {
        try run("SELECT line FROM curations ORDER BY seq", "reading the curations").map { row throws(PostgresStoreError) in
            do {
                return try row.decode(String.self)
            } catch {
                throw .failed(location, doing: "reading the curations", reason: Self.describe(error))
            }
        }
    }

    /// Replaces the store's curations with `lines`, in order, in one transaction.
    public func replaceCurationLines(_ lines: [String]) throws(PostgresStoreError) {
        try transaction("recording the curations") { () throws(PostgresStoreError) in
            try run("DELETE FROM curations", "recording the curations")
            guard !lines.isEmpty else { return }
            try run("""
                INSERT INTO curations (line) SELECT line FROM unnest(\(lines)::text[]) WITH ORDINALITY AS l (line, n) ORDER BY n
                """, "recording the curations")
        }
    }

    /// Applies curations in order, in one transaction that holds the storing lock (no worker stores an article
    /// meanwhile); returns, for each, whether it changed the graph. As the SQLite store's `apply`.
    @discardableResult
    public func apply(_ curations: [Curation]) throws(PostgresStoreError) -> [Bool] {
        try transaction("applying curations") { () throws(PostgresStoreError) in
            try run("SELECT pg_advisory_xact_lock(\(PostgresSchema.mergeLock))", "waiting for workers to stop storing")
            let writer = PostgresCurationWriter(store: self)
            var changed: [Bool] = []
            for curation in curations { changed.append(try writer.apply(curation)) }
            return changed
        }
    }

    /// Finds one entity by id, or by a whole name or alias (``MekongStore/GraphRowReader/resolveExactly(_:type:)``).
    public func resolveExactly(_ nameOrID: String, type: EntityType?) throws -> Entity {
        try reading { try $0.resolveExactly(nameOrID, type: type) }
    }

    /// Rebuilds the graph from the stored articles, in one transaction that holds the storing lock: every entity,
    /// relation, name, mention and piece of evidence is removed, each article (in the order it was stored) is
    /// given to `extracting` and its contribution stored as a worker would, then `curations` are applied. As the
    /// SQLite store's `rederive`: this is how a curation is undone. An article `extracting` returns nil for is
    /// removed.
    /// - Returns: How many articles were stored again.
    @discardableResult
    public func rederive(curations: [Curation], extracting: (Article) throws -> ArticleContribution?) throws -> Int {
        try begin("deriving the graph again")
        do {
            try run("SELECT pg_advisory_xact_lock(\(PostgresSchema.mergeLock))", "waiting for workers to stop storing")
            let order = try run("SELECT id FROM articles ORDER BY ord", "reading the articles").map {
                try $0.decode(String.self)
            }
            try runScript("DELETE FROM relations", "deriving the graph again")
            try runScript("DELETE FROM entities", "deriving the graph again")
            var rebuilt = 0
            for id in order {
                guard let article = try run(
                    "SELECT \(unescaped: PostgresRows.articleColumns(withText: true)) FROM articles WHERE id = \(id)",
                    "reading an article"
                ).first.map(PostgresRows.article) else { continue }
                try run("DELETE FROM articles WHERE id = \(id)", "deriving the graph again")
                guard var contribution = try extracting(article) else { continue }
                contribution.article = article
                _ = try store(StagedContribution(
                    article: article, entities: contribution.entities, relations: contribution.relations))
                rebuilt += 1
            }
            let writer = PostgresCurationWriter(store: self)
            for curation in curations { _ = try writer.apply(curation) }
            try end("deriving the graph again", commit: true)
            return rebuilt
        } catch {
            try? end("deriving the graph again", commit: false)
            throw error
        }
    }
}
