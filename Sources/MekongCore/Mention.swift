/// Where an entity is named in an article.
public struct Mention: Codable, Hashable, Sendable {
    /// The article id.
    public var article: String
    /// Start offset in Unicode scalars of the article's stored text.
    public var start: Int
    /// End offset (exclusive) in Unicode scalars.
    public var end: Int
    /// The text between `start` and `end`.
    public var text: String

    /// A mention of `text` at `start..<end` (Unicode scalars) in the article with id `article`.
    public init(article: String, start: Int, end: Int, text: String) {
        self.article = article
        self.start = start
        self.end = end
        self.text = text
    }
}
