import GRDB
import MekongCore

/// How every read of the store selects and decodes a piece of evidence: its columns in one place.
enum EvidenceRow {
    /// The columns of the evidence row `alias` that ``evidence(_:at:coder:)`` reads, in its order: article,
    /// offsets, sentence, extractor, rule, confidence and the report's attributes (migration v8).
    static func columns(_ db: Database, alias: String) throws -> String {
        """
        \(alias).article_id, \(alias).start, \(alias)."end", \(EvidenceOffsetsMigration.readSQL(alias: alias)), \
        \(alias).extractor, \(alias).rule, \(alias).confidence, \(try ReportAttributesMigration.column(db, alias: alias))
        """
    }

    /// The evidence whose ``columns(_:alias:)`` start at `index` of `row`.
    static func evidence(_ row: Row, at index: Int, coder: AttributesJSON) throws -> Evidence {
        let attributes: String? = row[index + 7]
        return Evidence(
            article: row[index], start: row[index + 1], end: row[index + 2], text: row[index + 3],
            extractor: row[index + 4], rule: row[index + 5], confidence: row[index + 6],
            attributes: try attributes.map(coder.decode) ?? [:])
    }

    /// The value to store in `evidence.attributes` for `evidence`: NULL when it says nothing of time.
    static func attributesValue(_ evidence: Evidence, coder: AttributesJSON) throws -> String? {
        evidence.attributes.isEmpty ? nil : try coder.encode(evidence.attributes)
    }

    /// Stores `evidence` of the relation `relation`, recorded against `article` (migration v10's tables); a
    /// piece the store holds already is left alone. Returns whether it was new.
    static func insert(_ evidence: Evidence, relation: String, article: String, coder: AttributesJSON, in db: Database)
        throws -> Bool
    {
        try db.cachedStatement(sql: IntegerKeysMigration.insertSourceSQL).execute(arguments: [evidence.extractor, evidence.rule])
        try db.cachedStatement(sql: IntegerKeysMigration.insertEvidenceSQL)
            .execute(arguments: insertArguments(evidence, relation: relation, article: article, coder: coder))
        return db.changesCount > 0
    }

    /// The values of ``IntegerKeysMigration/insertEvidenceSQL`` for `evidence` of the relation `relation`, recorded against `article`.
    static func insertArguments(_ evidence: Evidence, relation: String, article: String, coder: AttributesJSON) throws
        -> StatementArguments
    {
        [
            relation, article, evidence.start, evidence.end, evidence.text, evidence.extractor, evidence.rule,
            evidence.confidence, try attributesValue(evidence, coder: coder),
        ]
    }
}
