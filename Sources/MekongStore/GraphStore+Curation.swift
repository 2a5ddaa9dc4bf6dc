import Foundation
import GRDB
import MekongCore

extension GraphStore {
    /// Applies curations in order, in one write transaction; returns, for each, whether it changed the graph.
    ///
    /// Each curation is idempotent and one whose entities the store does not hold changes nothing (see
    /// ``MekongCore/Curation``), so a whole curation file is applied again after every ingest.
    @discardableResult
    public func apply(_ curations: [Curation]) throws(StoreError) -> [Bool] {
        try writing { db in
            let writer = CurationWriter(db: db)
            return try curations.map { try writer.apply($0) }
        }
    }

    /// Rebuilds the graph from the stored articles, in one write transaction: every entity, relation, name,
    /// mention and piece of evidence is removed, each article (in the order it was stored) is given to
    /// `extracting` and its contribution stored as ``ingest(_:)`` would, then `curations` are applied.
    ///
    /// This is how a curation is undone: the graph is derived again without it. Readers see the old graph
    /// until the transaction commits. An article `extracting` returns nil for is removed.
    /// - Returns: How many articles were stored again.
    @discardableResult
    public func rederive(
        curations: [Curation], extracting: (Article) throws -> ArticleContribution?
    ) throws -> Int {
        var rebuilt = 0
        try writing { db in
            let order = try Row.fetchAll(db, sql: "SELECT id, ingested_at FROM articles ORDER BY rowid")
            // Entities take their relations, names, mentions, evidence and index rows with them.
            try db.execute(sql: "DELETE FROM relations; DELETE FROM entities;")
            let writer = ContributionWriter(db: db)
            for row in order {
                let id: String = row[0]
                let storedAt: Date = row[1]
                guard let article = try Row.fetchOne(
                    db, sql: "\(try Self.articleColumns(db)) WHERE id = ?", arguments: [id]).map(Self.article(from:))
                else { continue }
                try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [id])
                guard var contribution = try extracting(article) else { continue }
                contribution.article = article
                _ = try writer.ingest(contribution, at: storedAt)
                rebuilt += 1
            }
            let curator = CurationWriter(db: db)
            for curation in curations { _ = try curator.apply(curation) }
        }
        return rebuilt
    }

    /// Finds one entity by id, or by a whole name or alias, as ``GraphRowReader/resolveExactly(_:type:)`` does
    /// (on the loaded graph for a store without the name index of migration v3).
    ///
    /// - Throws: ``MekongCore/GraphQueryError`` when none or several entities match; ``StoreError`` when the store
    ///   cannot be read.
    public func resolveExactly(_ nameOrID: String, type: EntityType?) throws -> Entity {
        guard try hasNameIndex() else {
            if let entity = try entity(id: nameOrID), type == nil || entity.type == type { return entity }
            let folded = NameNormalizer.fold(nameOrID)
            let candidates = try loadGraph().entities(type: type).filter {
                $0.allNames.contains { NameNormalizer.fold($0) == folded }
            }
            return try GraphQueryError.choosingExactly(nameOrID, among: candidates) { try suggestions(for: nameOrID) }
        }
        // A name that matches nothing, or several entities, is the answer, not a failure of the store.
        let result: Result<Entity, GraphQueryError> = try reading { db in
            do {
                return .success(try StoredGraphReader(db: db).resolveExactly(nameOrID, type: type))
            } catch let error as GraphQueryError {
                return .failure(error)
            }
        }
        return try result.get()
    }
}
