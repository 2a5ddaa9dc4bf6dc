/// `mekong show --json` (docs/cli-json.md): one entity, the newest articles that name it, and its relations.
public struct EntityDetailJSON: Codable, Hashable, Sendable {
    /// The shape's version (``CLIJSON/version``).
    public var version = CLIJSON.version
    /// The entity.
    public var entity: EntityJSON
    /// The newest articles that name it (at most as many as `show` prints; `articles --mentions` lists all).
    public var articles: [ArticleJSON]
    /// Its relations, either end, in id order, with their evidence.
    public var relations: [RelationJSON]

    /// A document from its parts.
    public init(entity: Entity, articles: [ArticleSummary], relations: [RelationJSON]) {
        self.entity = EntityJSON(entity)
        self.articles = articles.map(ArticleJSON.init)
        self.relations = relations
    }
}
