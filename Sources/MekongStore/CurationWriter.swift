import Foundation
import GRDB
import MekongCore

/// Applies curations to the graph inside one open write transaction (see ``GraphStore/apply(_:)``).
///
/// Every operation is idempotent and changes nothing when its entities are not in the store, so the whole
/// curation file can be applied after every batch an ingest stores. Lives for one transaction.
final class CurationWriter {
    let db: Database
    private let attributes = AttributesJSON()

    init(db: Database) {
        self.db = db
    }

    /// Applies `curation`; returns whether it changed anything.
    func apply(_ curation: Curation) throws -> Bool {
        switch curation {
        case .merge(let into, let from): try merge(into: into, from: from)
        case .alias(let entity, let alias): try addAlias(alias, to: entity)
        case .rename(let entity, let name): try rename(entity, to: name)
        case .delete(let entity): try delete(entity)
        case .splitOff(let entity, let alias): try splitOff(alias, from: entity)
        case .deleteArticle(let id, let sha256, _): try deleteArticle(id: id, sha256: sha256)
        }
    }

    // MARK: Finding entities

    /// The entity of the reference's type whose canonical name has the reference's key (the first in id order,
    /// as ingest resolves), or nil.
    private func canonicalMatch(_ entity: CuratedEntity) throws -> String? {
        try String.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM entities WHERE type = ? AND key = ? ORDER BY id LIMIT 1"),
            arguments: [entity.type.rawValue, NameNormalizer.key(entity.name)])
    }

    /// The one entity of the reference's type that has the name among its names, or nil when none or several do.
    private func anyNameMatch(_ entity: CuratedEntity) throws -> String? {
        let ids = try String.fetchAll(
            db.cachedStatement(sql: """
                SELECT DISTINCT e.id FROM entity_names n JOIN entities e ON e.id = n.entity_id
                WHERE n.key = ? AND e.type = ? ORDER BY e.id LIMIT 2
                """),
            arguments: [NameNormalizer.key(entity.name), entity.type.rawValue])
        return ids.count == 1 ? ids[0] : nil
    }

    /// The entity a curation means: by canonical name, else by the one entity known by that name (an entity
    /// renamed or merged earlier keeps its old names as aliases).
    private func find(_ entity: CuratedEntity) throws -> String? {
        try canonicalMatch(entity) ?? anyNameMatch(entity)
    }

    private func name(of id: String) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM entities WHERE id = ?"), arguments: [id])
    }

    // MARK: Operations

    private func merge(into: CuratedEntity, from: CuratedEntity) throws -> Bool {
        guard let survivor = try find(into) else { return false }
        // Only the canonical name identifies what is merged: a name that is merely some entity's alias may be
        // shared by several (a short form), and the entity merged before keeps `from` as an alias.
        guard let merged = try canonicalMatch(from) else { return false }
        if merged == survivor {
            // A later article gave the survivor the merged name as its fullest form: the curated name holds.
            return try setCanonicalName(into.name, of: survivor)
        }
        try mergeEntity(merged, into: survivor)
        return true
    }

    private func addAlias(_ alias: String, to entity: CuratedEntity) throws -> Bool {
        guard let id = try find(entity) else { return false }
        var changed = false
        let others = try String.fetchAll(
            db.cachedStatement(sql: "SELECT id FROM entities WHERE type = ? AND key = ? AND id <> ? ORDER BY id"),
            arguments: [entity.type.rawValue, NameNormalizer.key(alias), id])
        for other in others {
            try mergeEntity(other, into: id)
            changed = true
        }
        if try addName(alias, to: id, canonical: false) { changed = true }
        return changed
    }

    private func rename(_ entity: CuratedEntity, to newName: String) throws -> Bool {
        let renamed = CuratedEntity(type: entity.type, name: newName)
        guard let id = try canonicalMatch(entity) ?? canonicalMatch(renamed) ?? anyNameMatch(entity) else { return false }
        _ = try addName(newName, to: id, canonical: true)
        return try setCanonicalName(newName, of: id)
    }

    private func delete(_ entity: CuratedEntity) throws -> Bool {
        // The canonical name only: deleting whatever entity has the name as an alias would be a surprise.
        guard let id = try canonicalMatch(entity) else { return false }
        // Relations, names, mentions and their evidence go with it (foreign keys cascade).
        try db.cachedStatement(sql: "DELETE FROM entities WHERE id = ?").execute(arguments: [id])
        return true
    }

    private func deleteArticle(id: String, sha256: String) throws -> Bool {
        let ids = try String.fetchAll(
            db.cachedStatement(sql: "SELECT id FROM articles WHERE id = ? OR sha256 = ? ORDER BY id"),
            arguments: [id, sha256])
        let writer = ContributionWriter(db: db)
        for id in ids { _ = try writer.removeContribution(ofArticle: id) }
        return !ids.isEmpty
    }

    private func splitOff(_ alias: String, from entity: CuratedEntity) throws -> Bool {
        guard let id = try find(entity) else { return false }
        let key = NameNormalizer.key(alias)
        let type = entity.type.rawValue
        guard let canonicalKey = try String.fetchOne(
            db.cachedStatement(sql: "SELECT key FROM entities WHERE id = ?"), arguments: [id]),
            canonicalKey != key
        else { return false }

        let named = try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM entity_names WHERE entity_id = ? AND key = ?)"),
            arguments: [id, key]) ?? false
        let mentionRows = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT article_id, start, \"end\", text FROM mentions WHERE entity_id = ?"), arguments: [id]
        ).filter { NameNormalizer.key($0[3]) == key }
        if !named && mentionRows.isEmpty { return false }

        // The entity split off: one of that name split off before, or a new one.
        let target: String
        if let existing = try String.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM entities WHERE type = ? AND key = ? AND id <> ? ORDER BY id LIMIT 1"),
            arguments: [type, key, id])
        {
            target = existing
        } else {
            target = StableID.entity(type: entity.type, name: alias)
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO entities (id, type, name, key, attributes) VALUES (?, ?, ?, ?, '{}')")
                .execute(arguments: [target, type, alias, key])
        }

        let moved = try NameSightingsMigration.moveNames(db, from: id, to: target, key: key, canonical: true)
        for name in moved {
            try addFold(name, of: target)
            // The index row goes once the entity has the name in no article (the trigger covers deletes only).
            try db.cachedStatement(sql: """
                DELETE FROM name_folds WHERE entity_id = ?1 AND name = ?2
                AND NOT EXISTS (SELECT 1 FROM entity_names WHERE entity_id = ?1 AND name = ?2)
                """).execute(arguments: [id, name])
        }
        // Mentions are keyed by (entity, article, offsets): a mention the target already has is dropped.
        try moveMentions(from: id, to: target) { NameNormalizer.key($0.text) == key }

        // Evidence follows the name its sentence uses: a sentence naming the entity only as `alias` now states
        // the relation of the entity split off.
        let evidenceRows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT ev.rowid, ev.relation_id, ev.article_id, ev.start, ev."end", r.subject, r.predicate, r.object, r.attributes
            FROM evidence ev JOIN relations r ON r.id = ev.relation_id
            WHERE r.subject = ?1 OR r.object = ?1 ORDER BY ev.rowid
            """), arguments: [id])
        let mentionedIn = try db.cachedStatement(sql: """
            SELECT 1 FROM mentions WHERE entity_id = ? AND article_id = ? AND start >= ? AND "end" <= ? LIMIT 1
            """)
        var touched: Set<String> = []
        for row in evidenceRows {
            let article: String = row[2], start: Int = row[3], end: Int = row[4]
            let namesSplit = try Bool.fetchOne(mentionedIn, arguments: [target, article, start, end]) ?? false
            let namesEntity = try Bool.fetchOne(mentionedIn, arguments: [id, article, start, end]) ?? false
            guard namesSplit && !namesEntity else { continue }
            let subject: String = row[5], object: String = row[7]
            let relation = try relationID(
                subject: subject == id ? target : subject, predicate: MekongCore.Predicate(rawValue: row[6]),
                object: object == id ? target : object, attributes: row[8])
            try moveEvidence(rowid: row[0], to: relation)
            touched.insert(row[1])
        }
        try deleteUnsupported(touched)
        // An entity left with no name and no mention is gone, as ingest would have it.
        try db.cachedStatement(sql: """
            DELETE FROM entities WHERE id = ?1
            AND NOT EXISTS (SELECT 1 FROM entity_names WHERE entity_id = ?1)
            AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = ?1)
            """).execute(arguments: [id])
        return true
    }

    // MARK: Building blocks

    /// Moves everything of `merged` to `survivor` and removes `merged`.
    private func mergeEntity(_ merged: String, into survivor: String) throws {
        let entityAttributes = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT id, attributes FROM entities WHERE id IN (?, ?)"), arguments: [merged, survivor])
        var own: [String: String] = [:], theirs: [String: String] = [:]
        for row in entityAttributes {
            let id: String = row[0]
            if id == survivor { own = try attributes.decode(row[1]) } else { theirs = try attributes.decode(row[1]) }
        }
        let combined = own.merging(theirs) { kept, _ in kept }
        if combined != own {
            try db.cachedStatement(sql: "UPDATE entities SET attributes = ? WHERE id = ?")
                .execute(arguments: [attributes.encode(combined), survivor])
        }

        let names = try String.fetchSet(
            db.cachedStatement(sql: "SELECT name FROM entity_names WHERE entity_id = ?"), arguments: [merged])
        // The merged names are aliases now: never the canonical name chosen when an article goes.
        try NameSightingsMigration.moveNames(db, from: merged, to: survivor, key: nil, canonical: false)
        for name in names.sorted() { try addFold(name, of: survivor) }
        try moveMentions(from: merged, to: survivor) { _ in true }

        let relations = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, subject, predicate, object, attributes FROM relations WHERE subject = ?1 OR object = ?1 ORDER BY id
            """), arguments: [merged])
        for row in relations {
            let old: String = row[0]
            let subject: String = row[1] == merged ? survivor : row[1]
            let object: String = row[3] == merged ? survivor : row[3]
            // A relation between the two merged entities would join the survivor to itself: it goes.
            guard subject != object else {
                try db.cachedStatement(sql: "DELETE FROM relations WHERE id = ?").execute(arguments: [old])
                continue
            }
            let relation = try relationID(subject: subject, predicate: MekongCore.Predicate(rawValue: row[2]), object: object, attributes: row[4])
            // A relation the survivor already has gains the evidence; duplicates of a sentence are kept once.
            try db.cachedStatement(sql: IntegerKeysMigration.moveRelationEvidenceSQL).execute(arguments: [relation, old])
            try db.cachedStatement(sql: "DELETE FROM relations WHERE id = ?").execute(arguments: [old])
        }
        // Its remaining names, mentions and index rows (duplicates of the survivor's) go with it.
        try db.cachedStatement(sql: "DELETE FROM entities WHERE id = ?").execute(arguments: [merged])
    }

    /// Moves the mentions of `source` that `moves` selects to `target`, article by article: the packed rows of
    /// `entity_mentions` (migration `v6-mention-spans`) are decoded, joined with the target's row of the same
    /// article (a mention the target already has at those offsets is kept once, with the target's text), and
    /// written back; a row left empty goes.
    private func moveMentions(from source: String, to target: String, where moves: (MentionSpans.Span) -> Bool) throws {
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT article_id, spans, texts FROM entity_mentions WHERE entity_id = ? ORDER BY article_id"),
            arguments: [source])
        let targetRow = try db.cachedStatement(sql: "SELECT spans, texts FROM entity_mentions WHERE entity_id = ? AND article_id = ?")
        let upsert = try db.cachedStatement(sql: IntegerKeysMigration.insertMentionsSQL)
        let remove = try db.cachedStatement(sql: IntegerKeysMigration.deleteMentionsSQL)
        for row in rows {
            let article: String = row[0]
            let spans = try MentionSpans.decode(spans: row[1], texts: row[2])
            let moving = spans.filter(moves)
            guard !moving.isEmpty else { continue }
            var joined = MentionSpans()
            if let existing = try Row.fetchOne(targetRow, arguments: [target, article]) {
                for span in try MentionSpans.decode(spans: existing[0], texts: existing[1]) {
                    joined.add(start: span.start, end: span.end, text: span.text)
                }
            }
            for span in moving { joined.add(start: span.start, end: span.end, text: span.text) }
            let (joinedSpans, joinedTexts) = try joined.encoded()
            try upsert.execute(arguments: [target, article, joinedSpans, joinedTexts])
            var staying = MentionSpans()
            for span in spans where !moves(span) { staying.add(start: span.start, end: span.end, text: span.text) }
            if staying.isEmpty {
                try remove.execute(arguments: [source, article])
            } else {
                let (stayingSpans, stayingTexts) = try staying.encoded()
                try upsert.execute(arguments: [source, article, stayingSpans, stayingTexts])
            }
        }
    }

    /// The id of the relation with these ends, stored if missing, ends in the order ingest stores them.
    private func relationID(subject: String, predicate: MekongCore.Predicate, object: String, attributes json: String) throws -> String {
        var ends = (subject, object)
        if predicate.isSymmetric && object < subject { ends = (object, subject) }
        let id = StableID.relation(
            subject: ends.0, predicate: predicate, object: ends.1, attributes: try attributes.decode(json))
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO relations (id, subject, predicate, object, attributes) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [id, ends.0, predicate.rawValue, ends.1, json])
        return id
    }

    private func moveEvidence(rowid: Int64, to relation: String) throws {
        try db.cachedStatement(sql: IntegerKeysMigration.moveEvidenceSQL).execute(arguments: [relation, rowid])
        // Left behind only when the relation already had that very piece of evidence.
        try db.cachedStatement(sql: IntegerKeysMigration.deleteUnmovedEvidenceSQL).execute(arguments: [rowid, relation])
    }

    private func deleteUnsupported(_ relations: Set<String>) throws {
        let statement = try db.cachedStatement(sql: """
            DELETE FROM relations WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM evidence WHERE relation_id = ?1)
            """)
        for id in relations.sorted() { try statement.execute(arguments: [id]) }
    }

    /// Gives the entity a name it is known by, recorded against the first article that names it (every name in
    /// the store belongs to an article). Returns whether the name is new to the entity.
    private func addName(_ name: String, to id: String, canonical: Bool) throws -> Bool {
        let key = NameNormalizer.key(name)
        let known = try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT 1 FROM entity_names WHERE entity_id = ? AND name = ? LIMIT 1"),
            arguments: [id, name]) ?? false
        if known { return false }
        guard let article = try String.fetchOne(
            db.cachedStatement(sql: "SELECT article_id FROM entity_names WHERE entity_id = ? ORDER BY rowid LIMIT 1"),
            arguments: [id])
            ?? String.fetchOne(
                db.cachedStatement(sql: "SELECT article_id FROM mentions WHERE entity_id = ? ORDER BY article_id LIMIT 1"),
                arguments: [id])
        else { return false }
        try NameSightingsMigration.recordName(db, entity: id, article: article, name: name, key: key, canonical: canonical)
        try addFold(name, of: id)
        return true
    }

    private func addFold(_ name: String, of id: String) throws {
        guard try NameSearchMigration.isApplied(db) else { return }
        let folded = NameNormalizer.fold(name)
        try db.cachedStatement(sql: NameSearchMigration.insertSQL)
            .execute(arguments: [id, name, folded, folded.unicodeScalars.count])
    }

    /// Sets the canonical name; returns whether it changed.
    private func setCanonicalName(_ name: String, of id: String) throws -> Bool {
        guard try self.name(of: id) != name else { return false }
        try db.cachedStatement(sql: "UPDATE entities SET name = ?, key = ? WHERE id = ?")
            .execute(arguments: [name, NameNormalizer.key(name), id])
        return true
    }
}
