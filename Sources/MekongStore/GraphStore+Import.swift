import Foundation
import GRDB
import MekongCore

extension GraphStore {
    /// Writes a whole JSON export into this store, which must be empty, in one transaction: exporting the
    /// store afterwards gives the same bytes.
    ///
    /// The export carries no article text, so articles are stored with an empty text and each piece of
    /// evidence keeps its own sentence. Each name of an entity is recorded as coming from the first article
    /// that mentions the entity (the export does not say which article gave which alias). The caller checks
    /// that the export is consistent (every id it refers to is listed); a violation fails the transaction.
    /// - Throws: ``StoreError/notEmpty(path:)`` when the store holds articles or entities; other ``StoreError``s
    ///   when it cannot be written.
    public func importGraph(_ export: GraphExport) throws(StoreError) {
        let path = self.path
        try writing { db in
            let used = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM articles) OR EXISTS (SELECT 1 FROM entities)") ?? false
            if used { throw StoreError.notEmpty(path: path) }
            let now = Date()
            let insertArticle = try db.makeStatement(sql: """
                INSERT INTO articles (id, title, path, url, source, author, published, sha256, text, ingested_at,
                    published_from)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)
                """)
            for article in export.articles {
                try insertArticle.execute(arguments: [
                    article.id, article.title, article.path, article.url, article.source, article.author,
                    article.published, article.sha256, now, article.publishedFrom?.rawValue,
                ])
            }
            let coder = AttributesJSON()
            let insertEntity = try db.makeStatement(
                sql: "INSERT INTO entities (id, type, name, key, attributes) VALUES (?, ?, ?, ?, ?)")
            let insertFold = try db.makeStatement(sql: NameSearchMigration.insertSQL)
            let insertMentions = try db.makeStatement(sql: IntegerKeysMigration.insertMentionsSQL)
            let firstArticle = export.articles.first?.id
            for entity in export.entities {
                try insertEntity.execute(arguments: [
                    entity.id, entity.type.rawValue, entity.name, NameNormalizer.key(entity.name),
                    coder.encode(entity.attributes),
                ])
                guard let article = entity.mentions.first?.article ?? firstArticle else {
                    throw StoreError.storageFailure(path: path, reason: "entity \(entity.id) is named by no article")
                }
                // Names are read back in the order they were written: the canonical name first, then the aliases.
                for (index, name) in entity.allNames.enumerated() {
                    try NameSightingsMigration.recordName(
                        db, entity: entity.id, article: article, name: name, key: NameNormalizer.key(name),
                        canonical: index == 0)
                    let folded = NameNormalizer.fold(name)
                    try insertFold.execute(arguments: [entity.id, name, folded, folded.unicodeScalars.count])
                }
                // One row per article the entity is mentioned in (migration v6).
                var byArticle: [String: MentionSpans] = [:]
                var articles: [String] = []
                for mention in entity.mentions {
                    if byArticle[mention.article] == nil { articles.append(mention.article) }
                    byArticle[mention.article, default: MentionSpans()].add(
                        start: mention.start, end: mention.end, text: mention.text)
                }
                for article in articles {
                    let (spans, texts) = try byArticle[article]!.encoded()
                    try insertMentions.execute(arguments: [entity.id, article, spans, texts])
                }
            }
            let insertRelation = try db.makeStatement(
                sql: "INSERT INTO relations (id, subject, predicate, object, attributes) VALUES (?, ?, ?, ?, ?)")
            // An export before version 3 gives what each report says of a post's time on the relation.
            for relation in export.relations.map({ $0.reportAttributesOnEvidence() }) {
                try insertRelation.execute(arguments: [
                    relation.id, relation.subject, relation.predicate.rawValue, relation.object,
                    coder.encode(relation.attributes),
                ])
                for evidence in relation.evidence {
                    _ = try EvidenceRow.insert(evidence, relation: relation.id, article: evidence.article, coder: coder, in: db)
                }
            }
        }
    }
}
