/// A relation in the CLI's JSON (docs/cli-json.md): both ends with id and name, the post's title, the
/// attributes, and every sentence that states it with its article's date and URL.
public struct RelationJSON: Codable, Hashable, Sendable {
    /// The relation id.
    public var id: String
    /// The predicate (docs/schema.md).
    public var predicate: String
    /// The subject.
    public var subject: EntityReferenceJSON
    /// The object.
    public var object: EntityReferenceJSON
    /// The post held (the `title` attribute of `holds_position`), or nil.
    public var title: String?
    /// Every attribute of the fact, `title` included; values are strings, dates ISO 8601. What each article
    /// says of a post's time (`status`, `term`, `since`, `until`) is in its piece of ``evidence``.
    public var attributes: [String: String]
    /// The sentences that state it, each with what its report says of the post's time.
    public var evidence: [EvidenceJSON]

    /// The JSON of `relation`, with the names and articles the caller read.
    public init(_ relation: Relation, names: [String: String], articles: [String: ArticleSummary]) {
        id = relation.id
        predicate = relation.predicate.rawValue
        subject = EntityReferenceJSON(id: relation.subject, name: names[relation.subject] ?? relation.subject)
        object = EntityReferenceJSON(id: relation.object, name: names[relation.object] ?? relation.object)
        title = relation.attributes["title"]
        attributes = relation.attributes
        evidence = relation.evidence.map { EvidenceJSON($0, article: articles[$0.article]) }
    }

    /// The JSON of these relations, reading from `store` only the names of their ends and their articles.
    public static func list(_ relations: [Relation], from store: any GraphQuerying) throws -> [RelationJSON] {
        let names = try store.entityNames(relations.flatMap { [$0.subject, $0.object] })
        let articles = try store.articleSummaries(relations.flatMap { $0.evidence.map(\.article) })
        return relations.map { RelationJSON($0, names: names, articles: articles) }
    }

    enum CodingKeys: String, CodingKey { case id, predicate, subject, object, title, attributes, evidence }

    /// Writes `null` for a relation without a title rather than leaving the key out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(predicate, forKey: .predicate)
        try container.encode(subject, forKey: .subject)
        try container.encode(object, forKey: .object)
        try container.encode(title, forKey: .title)
        try container.encode(attributes, forKey: .attributes)
        try container.encode(evidence, forKey: .evidence)
    }
}
