/// A thing in the graph: an organization, person, place, document, or a plugin's own type.
public struct Entity: Codable, Hashable, Sendable, Identifiable {
    /// Stable id, `org:hoc-vien-chinh-tri-…-1a2b3c4d`; see ``StableID/entity(type:name:)``.
    public var id: String
    /// What kind of thing it is; the core types are those of `docs/schema.md`.
    public var type: EntityType
    /// The canonical name: the fullest form the articles use.
    public var name: String
    /// Every other surface form seen (case variants, short forms, abbreviations), without duplicates.
    public var aliases: [String]
    /// Free attributes; values are strings.
    public var attributes: [String: String]
    /// Where the entity is named.
    public var mentions: [Mention]

    /// An entity from its parts; `id` should come from ``StableID/entity(type:name:)``.
    public init(
        id: String, type: EntityType, name: String, aliases: [String] = [], attributes: [String: String] = [:],
        mentions: [Mention] = []
    ) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.attributes = attributes
        self.mentions = mentions
    }

    /// The canonical name followed by the aliases.
    public var allNames: [String] { [name] + aliases }
}
