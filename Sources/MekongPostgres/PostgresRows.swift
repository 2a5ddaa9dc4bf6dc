import Foundation
import MekongCore
import MekongStore
import PostgresNIO

/// How the PostgreSQL store's rows become graph values, in one place for the export and the queries, so that both
/// give the values the SQLite store gives (and the export stays byte-identical to SQLite's).
enum PostgresRows {
    /// The columns ``article(_:)`` reads, the text read only `withText` (an empty text otherwise).
    static func articleColumns(withText: Bool) -> String {
        "id, title, path, url, source, author, published, sha256, \(withText ? "text" : "''"), published_from"
    }

    /// An article from a row of ``articleColumns(withText:)``.
    static func article(_ row: PostgresRow) throws -> Article {
        let (id, title, path, url, source, author, published, sha256, text, origin) = try row.decode(
            (String, String, String, String?, String?, String?, String?, String, String, String?).self)
        var article = Article(
            id: id, title: title, path: path, url: url, source: source, author: author, published: published,
            sha256: sha256, text: text)
        article.publishedFrom = origin.flatMap(DateOrigin.init(rawValue:))
        return article
    }

    /// The columns ``evidence(_:)`` reads, after the relation's id.
    static let evidenceColumns = #"relation_id, article_id, start, "end", text, extractor, rule, confidence, attributes::text"#

    /// The order of a relation's evidence, as the SQLite store's (its NULL rule first, as an empty one).
    static let evidenceOrder = #"relation_id, article_id, start, "end", extractor, coalesce(rule, '')"#

    /// The relation id and the evidence of a row of ``evidenceColumns``.
    static func evidence(_ row: PostgresRow) throws -> (relation: String, evidence: Evidence) {
        let (relation, article, start, end, text, extractor, rule, confidence, attributes) = try row.decode(
            (String, String, Int, Int, String, String, String?, Double, String?).self)
        return (relation, Evidence(
            article: article, start: start, end: end, text: text, extractor: extractor, rule: rule,
            confidence: confidence, attributes: try attributes.map(Self.attributes) ?? [:]))
    }

    /// An entity from its row's values, its names in the order first stored (the canonical one among them) and its
    /// mentions: the aliases are its distinct names other than the canonical one.
    static func entity(
        id: String, type: String, name: String, attributes: String, names: [String], mentions: [Mention]
    ) throws -> Entity {
        var seen: Set<String> = [name]
        return Entity(
            id: id, type: EntityType(rawValue: type), name: name, aliases: names.filter { seen.insert($0).inserted },
            attributes: try Self.attributes(attributes), mentions: mentions)
    }

    /// A relation from its row's values and its evidence, with what a report says of time on its evidence.
    static func relation(
        id: String, subject: String, predicate: String, object: String, attributes: String, evidence: [Evidence]
    ) throws -> Relation {
        Relation(
            id: id, subject: subject, predicate: MekongCore.Predicate(rawValue: predicate), object: object,
            attributes: try Self.attributes(attributes), evidence: evidence
        ).reportAttributesOnEvidence()
    }

    /// The condition that `column` (a publication day) lies in `range`, its bounds appended to `binds`; `true`
    /// for a range without ends. NULL (an undated article) is outside every range with an end.
    static func published(_ column: String, in range: PublishedRange, binds: inout PostgresBindings) -> String {
        var terms: [String] = []
        if let since = range.since {
            binds.append(since)
            terms.append("\(column) >= $\(binds.count)")
        }
        if let until = range.until {
            binds.append(until)
            terms.append("\(column) <= $\(binds.count)")
        }
        return terms.isEmpty ? "true" : terms.joined(separator: " AND ")
    }

    /// The columns ``mention(_:)`` reads.
    static let mentionColumns = #"entity_id, article_id, start, "end", text"#

    /// The order of an entity's mentions, as the SQLite store's.
    static let mentionOrder = #"entity_id, article_id, start, "end""#

    /// The entity id and the mention of a row of ``mentionColumns``.
    static func mention(_ row: PostgresRow) throws -> (entity: String, mention: Mention) {
        let (entity, article, start, end, text) = try row.decode((String, String, Int, Int, String).self)
        return (entity, Mention(article: article, start: start, end: end, text: text))
    }

    /// Attributes stored as a JSON object of strings.
    static func attributes(_ json: String) throws -> [String: String] {
        try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
    }
}
