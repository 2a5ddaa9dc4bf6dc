import Foundation
import GRDB
import MekongCore

extension GraphStore {
    /// `relations` with only the evidence that articles published in `range` give (see
    /// ``GraphRowReader/keepingEvidence(of:reportedIn:)``).
    ///
    /// - Returns: `relations` unchanged when `range` has no end.
    public func keepingEvidence(of relations: [Relation], reportedIn range: PublishedRange) throws(StoreError) -> [Relation] {
        guard range.isBounded else { return relations }
        return try reading { db in try StoredGraphReader(db: db).keepingEvidence(of: relations, reportedIn: range) }
    }
}
