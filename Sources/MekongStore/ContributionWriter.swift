import Foundation
import GRDB
import MekongCore

/// Writes and removes article contributions inside one open write transaction.
///
/// Every statement is a cached prepared statement, so ingesting many articles reuses them. Lives for one
/// transaction and is not shared across threads.
final class ContributionWriter {
    let db: Database
    private let attributes = AttributesJSON()
    /// An entity row as resolution reads it; `attributes` is the stored JSON.
    private typealias StoredEntity = (id: String, name: String, attributes: String)

    /// Name keys computed so far: the same names recur across a batch of articles, and keys are costly.
    private var keys: [String: String] = [:]
    /// Search forms computed so far, for the same reason.
    private var folds: [String: String] = [:]
    /// The mentions of the article being stored, by stored entity id, in the order the entities came: written
    /// once its entities are stored, one `entity_mentions` row per entity (migration `v6-mention-spans`).
    private var mentions: [String: MentionSpans] = [:]
    private var mentionOrder: [String] = []

    init(db: Database) {
        self.db = db
    }

    private func nameKey(_ name: String) -> String {
        if let key = keys[name] { return key }
        let key = NameNormalizer.key(name)
        keys[name] = key
        return key
    }

    private func searchForm(_ name: String) -> String {
        if let folded = folds[name] { return folded }
        let folded = NameNormalizer.fold(name)
        folds[name] = folded
        return folded
    }

    // MARK: Ingesting

    func ingest(_ contribution: ArticleContribution, at date: Date) throws -> IngestOutcome {
        let article = contribution.article
        let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT sha256, title, published, published_from FROM articles WHERE id = ?"),
            arguments: [article.id])
        let stored: String? = row?[0]
        // The same text with the same title and date (and date origin) changes nothing. A title or date read anew from the same
        // text (by a newer reader) replaces the article: extractors read the date (the year of "23/6").
        if stored == article.sha256, row?[1] == article.title, row?[2] == article.published,
            row?[3] == article.publishedFrom?.rawValue
        {
            return IngestOutcome(change: .unchanged)
        }
        if stored != nil { _ = try removeContribution(ofArticle: article.id) }

        try db.cachedStatement(sql: """
            INSERT INTO articles (id, title, path, url, source, author, published, sha256, text, ingested_at,
                published_from)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                article.id, article.title, article.path, article.url, article.source, article.author,
                article.published, article.sha256, article.text, date, article.publishedFrom?.rawValue,
            ])

        var outcome = IngestOutcome(change: stored == nil ? .added : .replaced)
        var resolvedIDs: [String: String] = [:]
        mentions = [:]
        mentionOrder = []
        for entity in contribution.entities {
            let (id, isNew) = try store(entity, article: article.id)
            resolvedIDs[entity.id] = id
            if isNew { outcome.entitiesAdded += 1 } else { outcome.entitiesMerged += 1 }
        }
        let insertMentions = try db.cachedStatement(sql: IntegerKeysMigration.insertMentionsSQL)
        for id in mentionOrder {
            let (spans, texts) = try mentions[id]!.encoded()
            try insertMentions.execute(arguments: [id, article.id, spans, texts])
        }
        for relation in contribution.relations {
            guard let subject = try resolvedEnd(relation.subject, resolvedIDs),
                let object = try resolvedEnd(relation.object, resolvedIDs)
            else {
                outcome.relationsDropped += 1
                continue
            }
            let (added, evidence) = try store(relation, subject: subject, object: object, article: article.id)
            if added { outcome.relationsAdded += 1 }
            outcome.evidenceAdded += evidence
        }
        return outcome
    }

    /// Stores an entity, or merges it into the stored entity it resolves to; returns the id it has in the store.
    private func store(_ entity: Entity, article: String) throws -> (id: String, isNew: Bool) {
        let key = nameKey(entity.name)
        var seenAliases: Set<String> = [entity.name]
        let aliases = entity.aliases.filter { seenAliases.insert($0).inserted }.map { (name: $0, key: nameKey($0)) }
        let id: String
        let isNew: Bool
        if let existing = try resolve(entity, key: key, aliasKeys: aliases.map(\.key)) {
            id = existing.id
            isNew = false
            try merge(entity, key: key, into: existing)
        } else {
            id = entity.id
            isNew = true
            try db.cachedStatement(sql: "INSERT INTO entities (id, type, name, key, attributes) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [id, entity.type.rawValue, entity.name, key, attributes.encode(entity.attributes)])
        }

        // A name given both ways keeps its canonical flag.
        try NameSightingsMigration.recordName(
            db, entity: id, article: article, name: entity.name, key: key, canonical: true, repeat: .keepCanonical)
        for alias in aliases {
            try NameSightingsMigration.recordName(
                db, entity: id, article: article, name: alias.name, key: alias.key, canonical: false, repeat: .keepCanonical)
        }
        // The search index (migration v3) learns every name the entity is known by.
        let insertFold = try db.cachedStatement(sql: NameSearchMigration.insertSQL)
        for name in [entity.name] + aliases.map(\.name) {
            let folded = searchForm(name)
            try insertFold.execute(arguments: [id, name, folded, folded.unicodeScalars.count])
        }

        // Two entities of the article may resolve to one stored entity: their mentions make one row.
        if !entity.mentions.isEmpty && mentions[id] == nil {
            mentions[id] = MentionSpans()
            mentionOrder.append(id)
        }
        for mention in entity.mentions {
            mentions[id]!.add(start: mention.start, end: mention.end, text: mention.text)
        }
        return (id, isNew)
    }

    /// The stored entity an incoming one is the same as, trying the most specific evidence first.
    private func resolve(_ entity: Entity, key: String, aliasKeys: [String]) throws -> StoredEntity? {
        let type = entity.type.rawValue
        let byID = try db.cachedStatement(sql: "SELECT id, name, attributes FROM entities WHERE id = ? AND type = ?")
        if let row = try Row.fetchOne(byID, arguments: [entity.id, type]) { return (row[0], row[1], row[2]) }

        let byCanonicalKey = try db.cachedStatement(sql: """
            SELECT id, name, attributes FROM entities WHERE type = ? AND key = ? ORDER BY id LIMIT 1
            """)
        if let row = try Row.fetchOne(byCanonicalKey, arguments: [type, key]) { return (row[0], row[1], row[2]) }

        // A stored alias that is its entity's name cut short names that entity in its own article only (a name
        // that was canonical in its article still counts).
        let byAnyNameKey = try db.cachedStatement(sql: """
            SELECT e.id, e.name, e.attributes FROM entity_names n JOIN entities e ON e.id = n.entity_id
            WHERE n.key = ?1 AND e.type = ?2 AND (n.is_canonical = 1 OR substr(e.key, 1, length(?1) + 1) <> ?1 || ' ')
            ORDER BY e.id LIMIT 1
            """)
        if let row = try Row.fetchOne(byAnyNameKey, arguments: [key, type]) { return (row[0], row[1], row[2]) }

        for aliasKey in aliasKeys where aliasKey != key && !NameNormalizer.isCutShort(aliasKey, of: key) {
            if let row = try Row.fetchOne(byCanonicalKey, arguments: [type, aliasKey]) {
                return (row[0], row[1], row[2])
            }
        }
        return nil
    }

    /// Lets the fullest name win and adds attributes the stored entity does not have yet.
    private func merge(_ entity: Entity, key: String, into existing: StoredEntity) throws {
        if entity.name.count > existing.name.count {
            try db.cachedStatement(sql: "UPDATE entities SET name = ?, key = ? WHERE id = ?")
                .execute(arguments: [entity.name, key, existing.id])
        }
        guard !entity.attributes.isEmpty else { return }
        var merged = try attributes.decode(existing.attributes)
        let before = merged.count
        merged.merge(entity.attributes) { stored, _ in stored }
        if merged.count != before {
            try db.cachedStatement(sql: "UPDATE entities SET attributes = ? WHERE id = ?")
                .execute(arguments: [attributes.encode(merged), existing.id])
        }
    }

    /// The store id of a relation end: the resolved id of one of the article's entities, or a stored entity's id.
    private func resolvedEnd(_ id: String, _ resolvedIDs: [String: String]) throws -> String? {
        if let resolved = resolvedIDs[id] { return resolved }
        let exists = try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT 1 FROM entities WHERE id = ?"), arguments: [id]) ?? false
        return exists ? id : nil
    }

    private func store(_ extracted: Relation, subject: String, object: String, article: String) throws
        -> (added: Bool, evidence: Int)
    {
        // What this article says of the post's time belongs to its report, not to the post (migration v8).
        let relation = extracted.stored(subject: subject, object: object)
        let id = relation.id
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO relations (id, subject, predicate, object, attributes) VALUES (?, ?, ?, ?, ?)
            """).execute(arguments: [
                id, relation.subject, relation.predicate.rawValue, relation.object, attributes.encode(relation.attributes),
            ])
        let added = db.changesCount > 0

        var count = 0
        for evidence in relation.evidence
        where try EvidenceRow.insert(evidence, relation: id, article: article, coder: attributes, in: db) {
            count += 1
        }
        return (added, count)
    }

    // MARK: Removing

    /// Removes the article and its mentions, names and evidence; then the entities no article names any more
    /// (with their relations) and the relations no evidence supports. Returns whether the article was stored.
    ///
    /// Mentions are read through `mentions`, the table before migration v6 and its view after: migration v2
    /// removes duplicate articles with this function, before v6 has packed them.
    func removeContribution(ofArticle articleID: String) throws -> Bool {
        let touchedEntities = try String.fetchSet(
            db.cachedStatement(sql: """
                SELECT entity_id FROM entity_names WHERE article_id = ?
                UNION SELECT entity_id FROM mentions WHERE article_id = ?
                """),
            arguments: [articleID, articleID])
        let touchedRelations = try String.fetchSet(
            db.cachedStatement(sql: "SELECT DISTINCT relation_id FROM evidence WHERE article_id = ?"),
            arguments: [articleID])

        // Foreign keys cascade the article's mentions, names and evidence.
        try db.cachedStatement(sql: "DELETE FROM articles WHERE id = ?").execute(arguments: [articleID])
        guard db.changesCount > 0 else { return false }

        let deleteUnsupportedRelation = try db.cachedStatement(sql: """
            DELETE FROM relations WHERE id = ? AND NOT EXISTS (SELECT 1 FROM evidence WHERE relation_id = ?)
            """)
        for id in touchedRelations.sorted() { try deleteUnsupportedRelation.execute(arguments: [id, id]) }

        // An entity survives while some article still names or mentions it; deleting one cascades its relations.
        let deleteOrphanEntity = try db.cachedStatement(sql: """
            DELETE FROM entities WHERE id = ?
            AND NOT EXISTS (SELECT 1 FROM entity_names WHERE entity_id = ?)
            AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = ?)
            """)
        for id in touchedEntities.sorted() {
            try deleteOrphanEntity.execute(arguments: [id, id, id])
            if db.changesCount == 0 { try recomputeCanonicalName(of: id) }
        }
        return true
    }

    /// Sets the canonical name to the longest one the remaining articles give (the first seen among equals),
    /// which is what ingesting them alone would have chosen.
    private func recomputeCanonicalName(of entityID: String) throws {
        var candidates = try String.fetchAll(
            db.cachedStatement(sql: "SELECT name FROM entity_names WHERE entity_id = ? AND is_canonical = 1 ORDER BY rowid"),
            arguments: [entityID])
        if candidates.isEmpty {
            candidates = try String.fetchAll(
                db.cachedStatement(sql: "SELECT name FROM entity_names WHERE entity_id = ? ORDER BY rowid"),
                arguments: [entityID])
        }
        guard var best = candidates.first else { return }
        for name in candidates.dropFirst() where name.count > best.count { best = name }
        try db.cachedStatement(sql: "UPDATE entities SET name = ?, key = ? WHERE id = ? AND name <> ?")
            .execute(arguments: [best, nameKey(best), entityID, best])
    }
}
