import Foundation
import MekongCore
import PostgresNIO

/// Applies curations to a PostgreSQL store inside its open write transaction: the SQLite store's
/// `CurationWriter`, step for step, so that both stores give the same graph (docs/curation.md).
///
/// Every operation is idempotent and changes nothing when its entities are not in the store, so the whole list of
/// curations is applied again after every article a worker stores.
struct PostgresCurationWriter {
    let store: PostgresGraphStore

    /// Applies `curation`; returns whether it changed anything.
    func apply(_ curation: Curation) throws(PostgresStoreError) -> Bool {
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

    /// The entity of the reference's type whose canonical name has the reference's key (the first in id order, as
    /// ingest resolves), or nil.
    private func canonicalMatch(_ entity: CuratedEntity) throws(PostgresStoreError) -> String? {
        try strings("""
            SELECT id FROM entities WHERE type = \(entity.type.rawValue) AND key = \(NameNormalizer.key(entity.name))
            ORDER BY id LIMIT 1
            """, "finding \(entity)").first
    }

    /// The one entity of the reference's type that has the name among its names, or nil when none or several do.
    private func anyNameMatch(_ entity: CuratedEntity) throws(PostgresStoreError) -> String? {
        let ids = try strings("""
            SELECT DISTINCT e.id FROM entity_names n JOIN entities e ON e.id = n.entity_id
            WHERE n.key = \(NameNormalizer.key(entity.name)) AND e.type = \(entity.type.rawValue) ORDER BY e.id LIMIT 2
            """, "finding \(entity)")
        return ids.count == 1 ? ids[0] : nil
    }

    /// The entity a curation means: by canonical name, else by the one entity known by that name.
    private func find(_ entity: CuratedEntity) throws(PostgresStoreError) -> String? {
        if let id = try canonicalMatch(entity) { return id }
        return try anyNameMatch(entity)
    }

    // MARK: Operations

    private func merge(into: CuratedEntity, from: CuratedEntity) throws(PostgresStoreError) -> Bool {
        guard let survivor = try find(into) else { return false }
        // Only the canonical name identifies what is merged (see CurationWriter).
        guard let merged = try canonicalMatch(from) else { return false }
        if merged == survivor { return try setCanonicalName(into.name, of: survivor) }
        try mergeEntity(merged, into: survivor)
        return true
    }

    private func addAlias(_ alias: String, to entity: CuratedEntity) throws(PostgresStoreError) -> Bool {
        guard let id = try find(entity) else { return false }
        var changed = false
        for other in try strings("""
            SELECT id FROM entities WHERE type = \(entity.type.rawValue) AND key = \(NameNormalizer.key(alias))
            AND id <> \(id) ORDER BY id
            """, "finding entities named \(alias)")
        {
            try mergeEntity(other, into: id)
            changed = true
        }
        if try addName(alias, to: id, canonical: false) { changed = true }
        return changed
    }

    private func rename(_ entity: CuratedEntity, to newName: String) throws(PostgresStoreError) -> Bool {
        let renamed = CuratedEntity(type: entity.type, name: newName)
        var found = try canonicalMatch(entity)
        if found == nil { found = try canonicalMatch(renamed) }
        if found == nil { found = try anyNameMatch(entity) }
        guard let id = found else { return false }
        _ = try addName(newName, to: id, canonical: true)
        return try setCanonicalName(newName, of: id)
    }

    private func delete(_ entity: CuratedEntity) throws(PostgresStoreError) -> Bool {
        guard let id = try canonicalMatch(entity) else { return false }
        // Relations, names, mentions and their evidence go with it (foreign keys cascade).
        try store.run("DELETE FROM entities WHERE id = \(id)", "deleting \(entity)")
        return true
    }

    private func deleteArticle(id: String, sha256: String) throws(PostgresStoreError) -> Bool {
        let ids = try strings(
            "SELECT id FROM articles WHERE id = \(id) OR sha256 = \(sha256) ORDER BY id", "finding article \(id)")
        for article in ids {
            try store.run("SELECT mekong_remove_article(\(article))", "removing article \(article)")
        }
        return !ids.isEmpty
    }

    private func splitOff(_ alias: String, from entity: CuratedEntity) throws(PostgresStoreError) -> Bool {
        guard let id = try find(entity) else { return false }
        let key = NameNormalizer.key(alias)
        let type = entity.type.rawValue
        guard let canonicalKey = try strings("SELECT key FROM entities WHERE id = \(id)", "reading \(entity)").first,
            canonicalKey != key
        else { return false }

        let nameRows = try store.run(
            "SELECT ord, name FROM entity_names WHERE entity_id = \(id) AND key = \(key) ORDER BY ord", "reading names"
        ).map { row throws(PostgresStoreError) in try decoded { try row.decode((Int64, String).self) } }
        let mentionRows = try store.run(
            #"SELECT article_id, start, "end", text FROM mentions WHERE entity_id = \#(id)"#, "reading mentions"
        ).map { row throws(PostgresStoreError) in try decoded { try row.decode((String, Int, Int, String).self) } }
            .filter { NameNormalizer.key($0.3) == key }
        if nameRows.isEmpty && mentionRows.isEmpty { return false }

        // The entity split off: one of that name split off before, or a new one.
        let target: String
        if let existing = try strings("""
            SELECT id FROM entities WHERE type = \(type) AND key = \(key) AND id <> \(id) ORDER BY id LIMIT 1
            """, "finding \(alias)").first
        {
            target = existing
        } else {
            target = StableID.entity(type: entity.type, name: alias)
            try store.run("""
                INSERT INTO entities (id, type, name, name_length, key, attributes)
                VALUES (\(target), \(type), \(alias), \(alias.count), \(key), '{}') ON CONFLICT DO NOTHING
                """, "adding \(alias)")
        }

        for (ord, _) in nameRows {
            // SQLite's UPDATE OR IGNORE: a name the target already has from that article stays the target's.
            try store.run("""
                UPDATE entity_names n SET entity_id = \(target), is_canonical = true WHERE ord = \(ord)
                AND NOT EXISTS (SELECT 1 FROM entity_names o
                    WHERE o.entity_id = \(target) AND o.article_id = n.article_id AND o.name = n.name)
                """, "moving a name")
            try store.run("DELETE FROM entity_names WHERE ord = \(ord) AND entity_id = \(id)", "moving a name")
        }
        // Mentions are keyed by (entity, article, offsets): a mention the target already has is dropped.
        for (article, start, end, text) in mentionRows {
            try store.run("""
                INSERT INTO mentions (entity_id, article_id, start, "end", text)
                VALUES (\(target), \(article), \(start), \(end), \(text)) ON CONFLICT DO NOTHING
                """, "moving a mention")
            try store.run("""
                DELETE FROM mentions WHERE entity_id = \(id) AND article_id = \(article) AND start = \(start) AND "end" = \(end)
                """, "moving a mention")
        }

        // Evidence follows the name its sentence uses (see CurationWriter).
        let evidenceRows = try store.run("""
            SELECT ev.relation_id, ev.article_id, ev.start, ev."end", ev.extractor, coalesce(ev.rule, ''), r.subject,
                r.predicate, r.object, r.attributes::text
            FROM evidence ev JOIN relations r ON r.id = ev.relation_id
            WHERE r.subject = \(id) OR r.object = \(id) ORDER BY \(unescaped: PostgresRows.evidenceOrder)
            """, "reading evidence").map { row throws(PostgresStoreError) in
            try decoded { try row.decode((String, String, Int, Int, String, String, String, String, String, String).self) }
        }
        var touched: Set<String> = []
        for (relationID, article, start, end, extractor, rule, subject, predicate, object, attributes) in evidenceRows {
            let namesSplit = try mentions(target, in: article, within: start, end)
            let namesEntity = try mentions(id, in: article, within: start, end)
            guard namesSplit && !namesEntity else { continue }
            let relation = try self.relation(
                subject: subject == id ? target : subject, predicate: MekongCore.Predicate(rawValue: predicate),
                object: object == id ? target : object, attributes: attributes)
            try moveEvidence(
                EvidenceKey(relation: relationID, article: article, start: start, end: end, extractor: extractor, rule: rule),
                to: relation)
            touched.insert(relationID)
        }
        try deleteUnsupported(touched)
        // An entity left with no name and no mention is gone, as ingest would have it.
        try store.run("""
            DELETE FROM entities WHERE id = \(id)
            AND NOT EXISTS (SELECT 1 FROM entity_names WHERE entity_id = \(id))
            AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = \(id))
            """, "removing an entity left without names")
        return true
    }

    // MARK: Building blocks

    /// Moves everything of `merged` to `survivor` and removes `merged`.
    private func mergeEntity(_ merged: String, into survivor: String) throws(PostgresStoreError) {
        var own: [String: String] = [:], theirs: [String: String] = [:]
        for row in try store.run(
            "SELECT id, attributes::text FROM entities WHERE id IN (\(merged), \(survivor))", "reading attributes")
        {
            let (id, json) = try decoded { try row.decode((String, String).self) }
            let decoded = try attributes(json)
            if id == survivor { own = decoded } else { theirs = decoded }
        }
        let combined = own.merging(theirs) { kept, _ in kept }
        if combined != own {
            try store.run(
                "UPDATE entities SET attributes = \(try encode(combined))::jsonb WHERE id = \(survivor)", "merging attributes")
        }
        // The merged names are aliases now: never the canonical name chosen when an article goes.
        try store.run("""
            UPDATE entity_names n SET entity_id = \(survivor), is_canonical = false WHERE entity_id = \(merged)
            AND NOT EXISTS (SELECT 1 FROM entity_names o
                WHERE o.entity_id = \(survivor) AND o.article_id = n.article_id AND o.name = n.name)
            """, "moving names")
        try store.run("""
            INSERT INTO mentions (entity_id, article_id, start, "end", text)
            SELECT \(survivor), article_id, start, "end", text FROM mentions WHERE entity_id = \(merged)
            ON CONFLICT DO NOTHING
            """, "moving mentions")

        let relations = try store.run("""
            SELECT id, subject, predicate, object, attributes::text FROM relations
            WHERE subject = \(merged) OR object = \(merged) ORDER BY id
            """, "reading relations").map { row throws(PostgresStoreError) in
            try decoded { try row.decode((String, String, String, String, String).self) }
        }
        for (old, subject, predicate, object, attributes) in relations {
            let newSubject = subject == merged ? survivor : subject
            let newObject = object == merged ? survivor : object
            // A relation between the two merged entities would join the survivor to itself: it goes.
            guard newSubject != newObject else {
                try store.run("DELETE FROM relations WHERE id = \(old)", "removing a relation")
                continue
            }
            let relation = try self.relation(
                subject: newSubject, predicate: MekongCore.Predicate(rawValue: predicate), object: newObject, attributes: attributes)
            // A relation the survivor already has gains the evidence; duplicates of a sentence are kept once.
            try store.run("""
                UPDATE evidence e SET relation_id = \(relation) WHERE relation_id = \(old)
                AND NOT EXISTS (SELECT 1 FROM evidence o WHERE o.relation_id = \(relation) AND o.article_id = e.article_id
                    AND o.start = e.start AND o."end" = e."end" AND o.extractor = e.extractor
                    AND coalesce(o.rule, '') = coalesce(e.rule, ''))
                """, "moving evidence")
            if relation != old { try store.run("DELETE FROM relations WHERE id = \(old)", "removing a relation") }
        }
        // Its remaining names and mentions (duplicates of the survivor's) go with it.
        try store.run("DELETE FROM entities WHERE id = \(merged)", "removing a merged entity")
    }

    /// The id of the relation with these ends, stored if missing, ends in the order ingest stores them.
    private func relation(subject: String, predicate: MekongCore.Predicate, object: String, attributes json: String)
        throws(PostgresStoreError) -> String
    {
        var ends = (subject, object)
        if predicate.isSymmetric && object < subject { ends = (object, subject) }
        let id = StableID.relation(subject: ends.0, predicate: predicate, object: ends.1, attributes: try attributes(json))
        try store.run("""
            INSERT INTO relations (id, subject, predicate, object, attributes)
            VALUES (\(id), \(ends.0), \(predicate.rawValue), \(ends.1), \(json)::jsonb) ON CONFLICT DO NOTHING
            """, "adding a relation")
        return id
    }

    /// The identity of a piece of evidence (its unique index).
    private struct EvidenceKey {
        var relation, article: String
        var start, end: Int
        var extractor, rule: String
    }

    private func moveEvidence(_ key: EvidenceKey, to relation: String) throws(PostgresStoreError) {
        try store.run("""
            UPDATE evidence SET relation_id = \(relation)
            WHERE relation_id = \(key.relation) AND article_id = \(key.article) AND start = \(key.start)
            AND "end" = \(key.end) AND extractor = \(key.extractor) AND coalesce(rule, '') = \(key.rule)
            AND NOT EXISTS (SELECT 1 FROM evidence o WHERE o.relation_id = \(relation) AND o.article_id = \(key.article)
                AND o.start = \(key.start) AND o."end" = \(key.end) AND o.extractor = \(key.extractor)
                AND coalesce(o.rule, '') = \(key.rule))
            """, "moving evidence")
        // Left behind only when the relation already had that very piece of evidence.
        if relation != key.relation {
            try store.run("""
                DELETE FROM evidence
                WHERE relation_id = \(key.relation) AND article_id = \(key.article) AND start = \(key.start)
                AND "end" = \(key.end) AND extractor = \(key.extractor) AND coalesce(rule, '') = \(key.rule)
                """, "moving evidence")
        }
    }

    private func deleteUnsupported(_ relations: Set<String>) throws(PostgresStoreError) {
        for id in relations.sorted() {
            try store.run("""
                DELETE FROM relations WHERE id = \(id) AND NOT EXISTS (SELECT 1 FROM evidence WHERE relation_id = \(id))
                """, "removing a relation left without evidence")
        }
    }

    /// Whether the entity has a mention in the article within these offsets.
    private func mentions(_ entity: String, in article: String, within start: Int, _ end: Int) throws(PostgresStoreError) -> Bool {
        try !store.run("""
            SELECT 1 FROM mentions WHERE entity_id = \(entity) AND article_id = \(article) AND start >= \(start)
            AND "end" <= \(end) LIMIT 1
            """, "reading mentions").isEmpty
    }

    /// Gives the entity a name it is known by, recorded against the first article that names it. Returns whether
    /// the name is new to the entity.
    private func addName(_ name: String, to id: String, canonical: Bool) throws(PostgresStoreError) -> Bool {
        let known = try !store.run(
            "SELECT 1 FROM entity_names WHERE entity_id = \(id) AND name = \(name) LIMIT 1", "reading names").isEmpty
        if known { return false }
        var first = try strings(
            "SELECT article_id FROM entity_names WHERE entity_id = \(id) ORDER BY ord LIMIT 1", "reading names").first
        if first == nil {
            first = try strings(
                "SELECT article_id FROM mentions WHERE entity_id = \(id) ORDER BY article_id LIMIT 1", "reading mentions").first
        }
        guard let article = first else { return false }
        try store.run("""
            INSERT INTO entity_names (entity_id, article_id, name, name_length, key, folded, is_canonical)
            VALUES (\(id), \(article), \(name), \(name.count), \(NameNormalizer.key(name)), \(NameNormalizer.fold(name)),
                \(canonical))
            ON CONFLICT DO NOTHING
            """, "adding a name")
        return true
    }

    /// Sets the canonical name; returns whether it changed.
    private func setCanonicalName(_ name: String, of id: String) throws(PostgresStoreError) -> Bool {
        guard try strings("SELECT name FROM entities WHERE id = \(id)", "reading a name").first != name else { return false }
        try store.run("""
            UPDATE entities SET name = \(name), name_length = \(name.count), key = \(NameNormalizer.key(name)) WHERE id = \(id)
            """, "renaming an entity")
        return true
    }

    // MARK: Values

    private func strings(_ query: PostgresQuery, _ doing: String) throws(PostgresStoreError) -> [String] {
        try store.run(query, doing).map { row throws(PostgresStoreError) in try decoded { try row.decode(String.self) } }
    }

    /// What `body` decodes from a row, its failure said as the store's.
    private func decoded<T>(_ body: () throws -> T) throws(PostgresStoreError) -> T {
        do {
            return try body()
        } catch {
            throw .failed(store.location, doing: "reading a result", reason: PostgresGraphStore.describe(error))
        }
    }

    private func attributes(_ json: String) throws(PostgresStoreError) -> [String: String] {
        do {
            return try PostgresRows.attributes(json)
        } catch {
            throw .failed(store.location, doing: "reading attributes", reason: "\(error)")
        }
    }

    private func encode(_ attributes: [String: String]) throws(PostgresStoreError) -> String {
        do {
            return String(decoding: try JSONEncoder().encode(attributes), as: UTF8.self)
        } catch {
            throw .failed(store.location, doing: "writing attributes", reason: "\(error)")
        }
    }
}
