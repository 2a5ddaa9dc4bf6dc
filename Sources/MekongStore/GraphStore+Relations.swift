import Foundation
import GRDB
import MekongCore

extension GraphStore {
    /// The relations `filter` selects, in id order, with their evidence.
    ///
    /// Read through the indexes, in id order, stopping at the limit: by subject or object when given, else by
    /// predicate (one predicate is read in id order; several are sorted), else every relation in id order. A
    /// date range looks at the dates of each candidate's evidence.
    public func relationListing(_ filter: RelationFilter = RelationFilter()) throws(StoreError) -> RelationListing {
        try reading { db in
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            if let predicates = filter.predicates, predicates.count == 1, let predicate = predicates.first {
                // An equality, so that the (predicate, id) index hands the relations over in id order.
                conditions.append("r.predicate = ?")
                arguments.append(predicate.rawValue)
            } else if let predicates = filter.predicates {
                conditions.append("r.predicate IN (SELECT value FROM json_each(?))")
                arguments.append(String(decoding: try JSONEncoder().encode(predicates.map(\.rawValue).sorted()), as: UTF8.self))
            }
            if let subject = filter.subject {
                conditions.append("r.subject = ?")
                arguments.append(subject)
            }
            if let object = filter.object {
                conditions.append("r.object = ?")
                arguments.append(object)
            }
            if filter.published.isBounded {
                let range = filter.published.condition(on: "a.published")
                conditions.append("""
                    EXISTS (SELECT 1 FROM evidence e JOIN articles a ON a.id = e.article_id
                        WHERE e.relation_id = r.id AND \(range.sql))
                    """)
                arguments += range.arguments
            }
            let selected = "FROM relations r" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
            // One more than the limit tells there are more.
            var ids = try String.fetchAll(
                db, sql: "SELECT r.id \(selected) ORDER BY r.id LIMIT ?",
                arguments: StatementArguments(arguments + [filter.limit.map { $0 + 1 } ?? -1]))
            let hasMore = filter.limit.map { ids.count > $0 } ?? false
            if hasMore { ids.removeLast() }
            let reader = StoredGraphReader(db: db)
            return RelationListing(relations: try ids.compactMap { try reader.relation(id: $0) }, hasMore: hasMore)
        }
    }
}
