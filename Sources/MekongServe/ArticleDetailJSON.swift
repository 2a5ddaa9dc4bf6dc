import MekongKit

/// `GET /api/articles/{id}`: an article with its text, every mention in it and the relations it states.
struct ArticleDetailJSON: Codable, Sendable {
    /// One name in the text.
    struct MentionJSON: Codable, Sendable {
        /// The entity named.
        var entityId: String
        /// The entity's type.
        var type: String
        /// The text as written.
        var text: String
        /// Where it starts, in Unicode scalars of `text`.
        var start: Int
        /// Where it ends (exclusive).
        var end: Int

        enum CodingKeys: String, CodingKey { case entityId = "entity_id", type, text, start, end }
    }

    /// The shape's version (``CLIJSON/version``).
    var version = CLIJSON.version
    /// The article, as every `--json` shows one.
    var article: ArticleJSON
    /// The stored text; offsets count its Unicode scalars.
    var text: String
    /// Every mention, in text order.
    var mentions: [MentionJSON]
    /// The relations it states, each with all its evidence.
    var relations: [RelationJSON]
}
