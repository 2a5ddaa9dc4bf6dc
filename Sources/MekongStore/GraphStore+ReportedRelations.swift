import Foundation
import GRDB
import MekongCore

extension GraphStore {
    /// Which of these relations an article published in `range` states: the relations a date-bounded
    /// selection keeps. A relation is reported in the range when one piece of its evidence comes from an article
    /// dated inside it; evidence from undated articles is outside every range that has an end.
    ///
    /// - Returns: every id when `range` has no end.
    public func relationIDs(among ids: some Sequence<String>, reportedIn range: PublishedRange) throws(StoreError) -> Set<String> {
        let ids = Array(ids)
        guard range.isBounded else { return Set(ids) }
        return try reading { db in try Self.reportedRelations(among: ids, in: range, db: db) }
    }

    /// ``relationIDs(among:reportedIn:)`` inside a read.
    static func reportedRelations(among ids: [String], in range: PublishedRange, db: Database) throws -> Set<String> {
        let list = String(decoding: try JSONEncoder().encode(ids), as: UTF8.self)
        let condition = range.condition(on: "a.published")
        return Set(
            try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT e.relation_id FROM json_each(?) j
                    JOIN evidence e ON e.relation_id = j.value JOIN articles a ON a.id = e.article_id
                    WHERE \(condition.sql)
                    """,
                arguments: StatementArguments([list] + condition.arguments)))
    }
}
