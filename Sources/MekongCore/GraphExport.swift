/// The JSON export (`docs/export-format.md`): a stable, versioned interface for other tools.
///
/// Encode it with sorted keys for byte-stable output. A change that breaks readers bumps ``currentVersion``.
public struct GraphExport: Codable, Sendable, Equatable {
    /// The format's version; readers check it. Version 2 added each article's `url`; version 3 each article's
    /// `published_from` and each piece of evidence's `attributes` (what that report says of a post's time).
    public static let currentVersion = 3

    /// Always `mekong-graph`: tells readers what the file is.
    public var format: String
    /// The format version the file was written in (``currentVersion`` when Mekong wrote it).
    public var version: Int
    /// The articles of the graph, in the graph's order, without their text.
    public var articles: [ArticleRecord]
    /// The entities, sorted by id.
    public var entities: [Entity]
    /// The relations, sorted by id; `subject` and `object` are ids of ``entities``.
    public var relations: [Relation]

    /// An article as the export lists it (metadata, no text).
    public struct ArticleRecord: Codable, Sendable, Equatable {
        /// The article id, as in evidence and mentions.
        public var id: String
        /// The headline (see ``Article/title``).
        public var title: String
        /// Where the article was read from, as given on the command line, or `-` for standard input.
        public var path: String
        /// The article's web address, or nil when unknown (since version 2).
        public var url: String?
        /// The outlet or agency that published it, or nil when unknown.
        public var source: String?
        /// The reporter, or nil when unknown.
        public var author: String?
        /// ISO 8601 publication date, or nil when unknown.
        public var published: String?
        /// Where ``published`` was read (the file's metadata or the article's lead), or nil when there is no
        /// date or Mekong did not record it (since version 3).
        public var publishedFrom: DateOrigin?
        /// SHA-256 of the article's stored text, hex.
        public var sha256: String

        enum CodingKeys: String, CodingKey {
            case id, title, path, url, source, author, published, publishedFrom = "published_from", sha256
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            title = try container.decode(String.self, forKey: .title)
            path = try container.decode(String.self, forKey: .path)
            url = try container.decodeIfPresent(String.self, forKey: .url)
            source = try container.decodeIfPresent(String.self, forKey: .source)
            author = try container.decodeIfPresent(String.self, forKey: .author)
            published = try container.decodeIfPresent(String.self, forKey: .published)
            publishedFrom = try container.decodeIfPresent(DateOrigin.self, forKey: .publishedFrom)
            sha256 = try container.decode(String.self, forKey: .sha256)
        }

        /// Writes `null` for unknown metadata rather than leaving the key out, as the format shows.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(path, forKey: .path)
            try container.encode(url, forKey: .url)
            try container.encode(source, forKey: .source)
            try container.encode(author, forKey: .author)
            try container.encode(published, forKey: .published)
            try container.encode(publishedFrom, forKey: .publishedFrom)
            try container.encode(sha256, forKey: .sha256)
        }

        /// The record of `article`: its metadata without the text.
        public init(_ article: Article) {
            id = article.id
            title = article.title
            path = article.path
            url = article.url
            source = article.source
            author = article.author
            published = article.published
            publishedFrom = article.publishedFrom
            sha256 = article.sha256
        }
    }

    /// The export of a whole graph (or of a part of it, made with the graph's query operations).
    public init(graph: KnowledgeGraph) {
        format = "mekong-graph"
        version = Self.currentVersion
        articles = graph.articles.map(ArticleRecord.init)
        entities = graph.entities.sorted { $0.id < $1.id }
        relations = graph.relations.sorted { $0.id < $1.id }
    }
}
