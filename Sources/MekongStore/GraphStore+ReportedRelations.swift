import Foundation
import GRDB
import MekongCore

extension GraphStore {
    /// Which of these relations (by id) an article published in `range` states, inside a read: the relations a
    /// date-bounded summary keeps, found from their ids alone. A relation is reported in the range when one piece
    /// of its evidence comes from an article dated inside it; evidence from undated articles is outside every
    /// range that has an end. (Relations read with their evidence are cut by ``keepingEvidence(of:reportedIn:)``.)
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

    /// `relations` with only the evidence that articles published in `range` give (see
    /// ``GraphRowReader/keepingEvidence(of:reportedIn:)``).
    ///
    /// - Returns: `relations` unchanged when `range` has no end.
    public func keepingEvidence(of relations: [Relation], reportedIn range: PublishedRange) throws(StoreError) -> [Relation] {
        guard range.isBounded else { return relations }
        return try reading { db in try StoredGraphReader(db: db).keepingEvidence(of: relations, reportedIn: range) }
    }
}
