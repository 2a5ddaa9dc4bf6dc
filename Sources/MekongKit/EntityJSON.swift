/// An entity in the CLI's JSON (docs/cli-json.md): its names and attributes, and how often the articles name
/// it (the mentions themselves are in the export, docs/export-format.md).
public struct EntityJSON: Codable, Hashable, Sendable {
    /// The entity id.
    public var id: String
    /// The type (docs/schema.md, or a plugin's namespaced type).
    public var type: String
    /// The canonical name.
    public var name: String
    /// Every other name the articles use.
    public var aliases: [String]
    /// Free attributes; values are strings.
    public var attributes: [String: String]
    /// How many times the articles name it.
    public var mentionCount: Int
    /// How many articles name it.
    public var articleCount: Int

    /// The JSON of `entity`.
    public init(_ entity: Entity) {
        id = entity.id
        type = entity.type.rawValue
        name = entity.name
        aliases = entity.aliases
        attributes = entity.attributes
        mentionCount = entity.mentions.count
        articleCount = Set(entity.mentions.map(\.article)).count
    }

    enum CodingKeys: String, CodingKey {
        case id, type, name, aliases, attributes, mentionCount = "mention_count", articleCount = "article_count"
    }
}
