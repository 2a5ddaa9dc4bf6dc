import MekongCore

/// The rows an import (``PostgresGraphStore/importGraph(_:)``) writes, as JSON for `jsonb_array_elements`, with the
/// keys, lengths and search forms Mekong computes (the database never folds names itself).
enum ImportedRows {
    /// An article row, its text left empty (an export has none).
    struct Article: Encodable {
        var id, title, path, sha256: String
        var url, source, author, published, publishedFrom: String?

        init(_ article: GraphExport.ArticleRecord) {
            id = article.id
            title = article.title
            path = article.path
            sha256 = article.sha256
            url = article.url
            source = article.source
            author = article.author
            published = article.published
            publishedFrom = article.publishedFrom?.rawValue
        }
    }

    /// An entity row.
    struct Entity: Encodable {
        var id, type, name, key: String
        var nameLength: Int
        var attributes: [String: String]

        init(_ entity: MekongCore.Entity) {
            id = entity.id
            type = entity.type.rawValue
            name = entity.name
            key = NameNormalizer.key(entity.name)
            nameLength = entity.name.count
            attributes = entity.attributes
        }
    }

    /// A row of `entity_names`, recorded against the first article that mentions the entity.
    struct Name: Encodable {
        var entity, article, name, key, folded: String
        var nameLength: Int
        var canonical: Bool

        init(entity: String, article: String, name: String, canonical: Bool) {
            self.entity = entity
            self.article = article
            self.name = name
            key = NameNormalizer.key(name)
            folded = NameNormalizer.fold(name)
            nameLength = name.count
            self.canonical = canonical
        }
    }

    /// A mention row.
    struct Mention: Encodable {
        var entity, article, text: String
        var start, end: Int

        init(entity: String, _ mention: MekongCore.Mention) {
            self.entity = entity
            article = mention.article
            text = mention.text
            start = mention.start
            end = mention.end
        }
    }

    /// A relation row, its report attributes already on its evidence.
    struct Relation: Encodable {
        var id, subject, predicate, object: String
        var attributes: [String: String]

        init(_ relation: MekongCore.Relation) {
            id = relation.id
            subject = relation.subject
            predicate = relation.predicate.rawValue
            object = relation.object
            attributes = relation.attributes
        }
    }

    /// A piece of evidence.
    struct Evidence: Encodable {
        var relation, article, text, extractor: String
        var rule: String?
        var start, end: Int
        var confidence: Double
        var attributes: [String: String]

        init(relation: String, _ evidence: MekongCore.Evidence) {
            self.relation = relation
            article = evidence.article
            text = evidence.text
            extractor = evidence.extractor
            rule = evidence.rule
            start = evidence.start
            end = evidence.end
            confidence = evidence.confidence
            attributes = evidence.attributes
        }
    }
}
