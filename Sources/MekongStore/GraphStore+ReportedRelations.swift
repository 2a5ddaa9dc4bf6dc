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

    /// `relations` with only the evidence that articles published in `range` give: a date-bounded drawing cites
    /// the sentences of its range, not those of other articles that state the same relation.
    ///
    /// - Returns: `relations` unchanged when `range` has no end.
    public func keepingEvidence(of relations: [Relation], reportedIn range: PublishedRange) throws(StoreError) -> [Relation] {
        guard range.isBounded else { return relations }
        return try reading { db in try Self.keepingEvidence(of: relations, in: range, db: db) }
    }

    /// ``keepingEvidence(of:reportedIn:)`` inside a read.
    static func keepingEvidence(of relations: [Relation], in range: PublishedRange, db: Database) throws -> [Relation] {
        guard range.isBounded else { return relations }
        let articles = Set(relations.flatMap { $0.evidence.map(\.article) }).sorted()
        let list = String(decoding: try JSONEncoder().encode(articles), as: UTF8.self)
        let condition = range.condition(on: "a.published")
        let inRange = Set(
            try String.fetchAll(
                db, sql: "SELECT a.id FROM json_each(?) j JOIN articles a ON a.id = j.value WHERE \(condition.sql)",
                arguments: StatementArguments([list] + condition.arguments)))
        return relations.map { relation in
            var kept = relation
            kept.evidence = relation.evidence.filter { inRange.contains($0.article) }
            return kept
        }
    }
}
