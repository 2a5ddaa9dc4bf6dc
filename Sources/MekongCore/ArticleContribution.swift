/// Everything one article adds to the graph, after extraction and entity resolution.
///
/// The store replaces an article's previous contribution with this one as a unit. Entity ids are
/// provisional (``StableID/entity(type:name:)`` of the canonical name); the store may map an entity to
/// an existing one with the same name or alias key, and rewrites relation ends to match.
public struct ArticleContribution: Sendable {
    /// The article itself, with its metadata and stored text.
    public var article: Article
    /// The article's entities, each with only this article's mentions.
    public var entities: [Entity]
    /// The article's relations, each with only this article's evidence.
    public var relations: [Relation]

    /// A contribution of `article` with its resolved entities and relations.
    public init(article: Article, entities: [Entity], relations: [Relation]) {
        self.article = article
        self.entities = entities
        self.relations = relations
    }
}
