import Foundation
import GRDB
import MekongCore

extension GraphStore {
    /// Stores one article's contribution in a single write transaction.
    ///
    /// - The same article (same id, SHA-256, title, published date and its origin) again changes nothing:
    ///   ``IngestOutcome/Change/unchanged``.
    /// - Another version of a stored article (same id, other SHA-256, or the same text with another title or
    ///   date, as a newer reader finds them) first removes everything the old version contributed, then adds
    ///   the new one: ``IngestOutcome/Change/replaced``.
    /// - Each entity resolves to a stored entity of the same type when the incoming canonical name's key equals
    ///   a stored canonical name or alias key, or an incoming alias key equals a stored canonical name key;
    ///   otherwise it is stored under its own id. A stored entity keeps its id and canonical name unless the
    ///   incoming name is longer (the fullest form wins).
    /// - Relation ends are rewritten to the resolved ids and the relation id is recomputed with
    ///   ``StableID/relation(subject:predicate:object:attributes:)``; a relation the store holds gains evidence.
    ///   The ends of a symmetric relation are stored in sorted order.
    ///
    /// Mentions and evidence are recorded against `contribution.article.id`, whatever their `article` field says.
    @discardableResult
    public func ingest(_ contribution: ArticleContribution) throws(StoreError) -> IngestOutcome {
        let now = Date()
        return try writing { db in try ContributionWriter(db: db).ingest(contribution, at: now) }
    }

    /// Stores several articles' contributions in one write transaction: all of them or, on error, none.
    ///
    /// Each contribution is handled exactly as ``ingest(_:)`` would, in order (a later version of an article in
    /// the same batch replaces an earlier one). Committing once per batch instead of once per article makes
    /// bulk ingestion several times faster on a file store.
    /// - Returns: One outcome per contribution, in order.
    @discardableResult
    public func ingest(contentsOf contributions: [ArticleContribution]) throws(StoreError) -> [IngestOutcome] {
        let now = Date()
        return try writing { db in
            let writer = ContributionWriter(db: db)
            return try contributions.map { try writer.ingest($0, at: now) }
        }
    }

    /// Stores a batch of articles' contributions in one write transaction, each article all or nothing.
    ///
    /// Each contribution is handled exactly as ``ingest(_:)`` would, in order, inside its own savepoint: an
    /// article whose writes fail is rolled back to where it began, leaving the store as if it had never been
    /// given, and the articles after it are still stored. Committing once per batch, with every statement
    /// prepared once for the batch, is what makes bulk ingestion fast: a commit costs a sync of the log, and
    /// pages that many articles touch are written once per batch instead of once per article.
    ///
    /// `curations` (a curation file's, see ``apply(_:)``) are applied after the batch in the same transaction,
    /// so that no reader sees the batch uncurated.
    /// - Returns: One result per contribution, in order: what storing it changed, or why it was not stored.
    /// - Throws: ``StoreError`` when the batch as a whole could not be written or committed (disk full, the
    ///   file locked by another program…); then none of the batch is stored.
    public func ingest(batch contributions: [ArticleContribution], curations: [Curation] = []) throws(StoreError)
        -> [Result<IngestOutcome, StoreError>]
    {
        let now = Date()
        let path = self.path
        return try writing { db in
            let writer = ContributionWriter(db: db)
            var results: [Result<IngestOutcome, StoreError>] = []
            results.reserveCapacity(contributions.count)
            for contribution in contributions {
                var outcome = IngestOutcome(change: .unchanged)
                do {
                    try db.inSavepoint {
                        outcome = try writer.ingest(contribution, at: now)
                        return .commit
                    }
                    results.append(.success(outcome))
                } catch {
                    // On some errors (disk full, I/O) SQLite rolls the whole transaction back: the batch is lost.
                    guard db.isInsideTransaction else { throw error }
                    results.append(.failure(Self.translate(error, path: path, opening: false)))
                }
            }
            let curator = CurationWriter(db: db)
            for curation in curations { _ = try curator.apply(curation) }
            return results
        }
    }

    /// Removes an article and everything it contributed; entities and relations no other article supports go too.
    ///
    /// - Returns: Whether the store held the article.
    @discardableResult
    public func removeArticle(id: String) throws(StoreError) -> Bool {
        try writing { db in try ContributionWriter(db: db).removeContribution(ofArticle: id) }
    }
}
