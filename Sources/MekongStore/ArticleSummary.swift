import MekongCore

/// An article as a listing shows it: what is known about it and how much of the graph it contributed,
/// without its text.
public struct ArticleSummary: Hashable, Sendable, Identifiable {
    /// The article id, as evidence and mentions cite it.
    public var id: String
    /// The headline (see ``MekongCore/Article/title``); empty when nothing is known.
    public var title: String
    /// Where the article was read from, or `-` for standard input.
    public var path: String
    /// The article's web address, when the file records it.
    public var url: String?
    /// The outlet or agency that published it, when known.
    public var source: String?
    /// The reporter, when known.
    public var author: String?
    /// ISO 8601 publication date (`2021-04-29`), when known.
    public var published: String?
    /// Where ``published`` was read (the file's metadata or the lead); nil when there is no date, or for an
    /// article stored before Mekong recorded it.
    public var publishedFrom: DateOrigin?
    /// How many distinct entities the article mentions.
    public var entities: Int
    /// How many distinct relations the article is evidence for.
    public var relations: Int

    /// A summary from its parts.
    public init(
        id: String, title: String, path: String, url: String? = nil, source: String? = nil, author: String? = nil,
        published: String? = nil, publishedFrom: DateOrigin? = nil, entities: Int = 0, relations: Int = 0
    ) {
        self.id = id
        self.title = title
        self.path = path
        self.url = url
        self.source = source
        self.author = author
        self.published = published
        self.publishedFrom = publishedFrom
        self.entities = entities
        self.relations = relations
    }
}
