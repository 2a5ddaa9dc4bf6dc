import Foundation
import GRDB
import MekongCore

extension GraphStore {
    /// The whole graph cut down for drawing, read without loading it, in one read transaction (see
    /// ``GraphRowReader/summary(maxEntities:includeIsolated:predicates:published:)``).
    public func summary(
        maxEntities: Int?, includeIsolated: Bool, predicates: Set<MekongCore.Predicate>? = nil, published: PublishedRange = .all
    ) throws(StoreError) -> GraphSummary
    {
        try reading { db in
            try StoredGraphReader(db: db).summary(
                maxEntities: maxEntities, includeIsolated: includeIsolated, predicates: predicates, published: published)
        }
    }
}
