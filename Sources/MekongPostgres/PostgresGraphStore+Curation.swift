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

    /// Records one curation after the others (its line of `curation.yaml`).
    public func appendCurationLine(_ line: String) throws(PostgresStoreError) {
        try run("INSERT INTO curations (line) VALUES (\(line))", "recording a curation")
    }

    /// Removes the curation at the index `choose` picks from all of them (oldest first), in one transaction that
    /// locks the table, so that no other curator records or removes one in between; `choose` throws to remove none.
    /// - Returns: The lines that remain, oldest first.
    public func removeCurationLine(_ choose: ([String]) throws -> Int) throws -> [String] {
        try begin("removing a curation")
        do {
            try runScript("LOCK TABLE curations IN EXCLUSIVE MODE", "removing a curation")
            var rows = try run("SELECT seq, line FROM curations ORDER BY seq", "reading the curations").map {
                try $0.decode((Int, String).self)
            }
            let index = try choose(rows.map(\.1))
            try run("DELETE FROM curations WHERE seq = \(rows[index].0)", "removing a curation")
            rows.remove(at: index)
            try end("removing a curation", commit: true)
            return rows.map(\.1)
        } catch {
            try? end("removing a curation", commit: false)
            throw error
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
