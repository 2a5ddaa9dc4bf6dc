import GRDB
import MekongCore

/// Migration `v8-report-attributes`: `evidence.attributes`, what each report says of a post's time (its
/// ``MekongCore/Evidence/reportAttributes``: `status`, `term`, `since`, `until`), as JSON with sorted keys, or
/// NULL when it says nothing.
///
/// Before it these were attributes of the relation, so a later article reporting the same post as left
/// ("nguyên Bí thư") merged into the relation and the first report's status was kept. The migration moves them
/// from each relation to each of its pieces of evidence (the only reports a store before it knows). A store
/// written before it and opened read-only is read as it is: the readers move them the same way on the fly
/// (``MekongCore/Relation/reportAttributesOnEvidence()``).
enum ReportAttributesMigration {
    static let identifier = "v8-report-attributes"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE evidence ADD COLUMN attributes TEXT")
        let coder = AttributesJSON()
        // A key appears in the JSON text as "key": only those relations can carry one.
        let candidates = Evidence.reportAttributes.sorted().map { "attributes LIKE '%\"\($0)\"%'" }.joined(separator: " OR ")
        let rows = try Row.fetchAll(db, sql: "SELECT id, attributes FROM relations WHERE \(candidates)")
        let updateEvidence = try db.makeStatement(sql: "UPDATE evidence SET attributes = ? WHERE relation_id = ?")
        let updateRelation = try db.makeStatement(sql: """
            UPDATE relations SET attributes = ? WHERE id = ? AND EXISTS (SELECT 1 FROM evidence WHERE relation_id = ?)
            """)
        for row in rows {
            let id: String = row[0]
            let attributes = try coder.decode(row[1])
            let reported = attributes.filter { Evidence.reportAttributes.contains($0.key) }
            guard !reported.isEmpty else { continue }
            try updateEvidence.execute(arguments: [coder.encode(reported), id])
            try updateRelation.execute(arguments: [
                coder.encode(attributes.filter { !Evidence.reportAttributes.contains($0.key) }), id, id,
            ])
        }
    }

    /// Undoes the migration: each relation gets back the report attributes of its first piece of evidence that
    /// has any (the first report's, as the Mekong before it kept them), and `evidence.attributes` is dropped.
    static func revert(_ db: Database) throws {
        let coder = AttributesJSON()
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.id, r.attributes, (SELECT e.attributes FROM evidence e WHERE e.relation_id = r.id
                AND e.attributes IS NOT NULL ORDER BY e.rowid LIMIT 1) AS reported
            FROM relations r WHERE reported IS NOT NULL
            """)
        let update = try db.makeStatement(sql: "UPDATE relations SET attributes = ? WHERE id = ?")
        for row in rows {
            let attributes = try coder.decode(row[1]).merging(try coder.decode(row[2])) { own, _ in own }
            try update.execute(arguments: [coder.encode(attributes), row[0] as String])
        }
        try db.execute(sql: "ALTER TABLE evidence DROP COLUMN attributes")
        try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [identifier])
    }

    /// What to select for the report attributes of the evidence row `alias`: the column, or NULL in a store
    /// without it.
    static func column(_ db: Database, alias: String) throws -> String {
        try isApplied(db) ? "\(alias).attributes" : "NULL"
    }

    /// Whether the store has `evidence.attributes`.
    static func isApplied(_ db: Database) throws -> Bool {
        try db.columns(in: "evidence").contains { $0.name == "attributes" }
    }
}
