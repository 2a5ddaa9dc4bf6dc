import GRDB
import MekongCore

extension GraphStore {
    /// The whole graph, read in one consistent snapshot.
    ///
    /// Articles (with their text) and entities and relations are ordered by id; an entity's aliases are its
    /// distinct names other than the canonical one, in the order they were first stored; mentions are ordered
    /// by article, then start; evidence by article, then start.
    public func loadGraph() throws(StoreError) -> KnowledgeGraph {
        try reading { db in
            let coder = AttributesJSON()
            let articles = try Self.fetchArticles(db)

            var names: [String: [String]] = [:]
            let nameRows = try Row.fetchCursor(db, sql: "SELECT entity_id, name FROM entity_names ORDER BY rowid")
            while let row = try nameRows.next() {
                names[row[0], default: []].append(row[1])
            }
            var mentions: [String: [Mention]] = [:]
            var mentionRows = try MentionReading(db)
            while let next = try mentionRows.next() {
                mentions[next.entity, default: []].append(next.mention)
            }
            var entities: [Entity] = []
            let entityRows = try Row.fetchCursor(db, sql: "SELECT id, type, name, attributes FROM entities ORDER BY id")
            while let row = try entityRows.next() {
                let id: String = row[0]
                let name: String = row[2]
                var seen: Set<String> = [name]
                let aliases = (names[id] ?? []).filter { seen.insert($0).inserted }
                entities.append(Entity(
                    id: id, type: EntityType(rawValue: row[1]), name: name, aliases: aliases,
                    attributes: try coder.decode(row[3]), mentions: mentions[id] ?? []))
            }

            var evidence: [String: [Evidence]] = [:]
            let evidenceRows = try Row.fetchCursor(db, sql: """
                SELECT e.relation_id, \(try EvidenceRow.columns(db, alias: "e")) FROM evidence e
                ORDER BY e.relation_id, e.article_id, e.start, e."end", e.extractor, e.rule
                """)
            while let row = try evidenceRows.next() {
                evidence[row[0], default: []].append(try EvidenceRow.evidence(row, at: 1, coder: coder))
            }
            var relations: [Relation] = []
            let relationRows = try Row.fetchCursor(
                db, sql: "SELECT id, subject, predicate, object, attributes FROM relations ORDER BY id")
            while let row = try relationRows.next() {
                let id: String = row[0]
                relations.append(Relation(
                    id: id, subject: row[1], predicate: Predicate(rawValue: row[2]), object: row[3],
                    attributes: try coder.decode(row[4]), evidence: evidence[id] ?? []).reportAttributesOnEvidence())
            }
            return KnowledgeGraph(articles: articles, entities: entities, relations: relations)
        }
    }

    /// Every stored article, with its text, ordered by id.
    public func articles() throws(StoreError) -> [Article] {
        try reading { db in try Self.fetchArticles(db) }
    }

    /// The stored article with this id, or nil.
    public func article(id: String) throws(StoreError) -> Article? {
        try reading { db in
            try Row.fetchOne(db, sql: "\(try Self.articleColumns(db)) WHERE id = ?", arguments: [id])
                .map(Self.article(from:))
        }
    }

    /// How many articles, entities, relations, mentions and pieces of evidence the store holds.
    public func statistics() throws(StoreError) -> StoreStatistics {
        try reading { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities),
                       (SELECT count(*) FROM relations), (SELECT count(*) FROM mentions),
                       (SELECT count(*) FROM evidence)
                """)!
            return StoreStatistics(
                articles: row[0], entities: row[1], relations: row[2], mentions: row[3], evidence: row[4])
        }
    }

    /// The SELECT of an article's columns, in the order ``article(from:)`` reads them.
    static func articleColumns(_ db: Database) throws -> String {
        "SELECT id, title, path, url, source, author, published, sha256, text, \(try DateOriginMigration.column(db)) FROM articles"
    }

    private static func fetchArticles(_ db: Database) throws -> [Article] {
        try Row.fetchAll(db, sql: "\(try articleColumns(db)) ORDER BY id").map(article(from:))
    }

    static func article(from row: Row) -> Article {
        var article = Article(
            id: row[0], title: row[1], path: row[2], url: row[3], source: row[4], author: row[5], published: row[6],
            sha256: row[7], text: row[8])
        article.publishedFrom = (row[9] as String?).flatMap(DateOrigin.init(rawValue:))
        return article
    }
}
