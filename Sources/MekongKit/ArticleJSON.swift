import MekongCore

/// An article as every `--json` of the command line prints it (docs/cli-json.md): what is known about it and
/// what it contributed, without its text.
public struct ArticleJSON: Codable, Hashable, Sendable {
    /// The article id, as evidence cites it.
    public var id: String
    /// The headline; empty when nothing is known.
    public var title: String
    /// ISO 8601 publication date, or nil when unknown.
    public var published: String?
    /// Where ``published`` was read: `metadata` (the file's own) or `lead` (the article's first lines);
    /// nil when there is no date or the store did not record it.
    public var publishedFrom: DateOrigin?
    /// The outlet or agency, or nil when unknown.
    public var source: String?
    /// The web address, or nil when the file does not record it.
    public var url: String?
    /// The reporter, or nil when unknown.
    public var author: String?
    /// Where the article was read from, or `-` for standard input.
    public var path: String
    /// How many distinct entities it mentions.
    public var entityCount: Int
    /// How many distinct relations it is evidence for.
    public var relationCount: Int

    /// The JSON of a stored article's summary.
    public init(_ article: ArticleSummary) {
        id = article.id
        title = article.title
        published = article.published
        publishedFrom = article.publishedFrom
        source = article.source
        url = article.url
        author = article.author
        path = article.path
        entityCount = article.entities
        relationCount = article.relations
    }

    enum CodingKeys: String, CodingKey {
        case id, title, published, source, url, author, path, publishedFrom = "published_from"
        case entityCount = "entity_count", relationCount = "relation_count"
    }

    /// Writes `null` for what is unknown rather than leaving the key out, so every article has every key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(published, forKey: .published)
        try container.encode(publishedFrom, forKey: .publishedFrom)
        try container.encode(source, forKey: .source)
        try container.encode(url, forKey: .url)
        try container.encode(author, forKey: .author)
        try container.encode(path, forKey: .path)
        try container.encode(entityCount, forKey: .entityCount)
        try container.encode(relationCount, forKey: .relationCount)
    }
}
