/// How much a store holds.
public struct StoreStatistics: Sendable, Hashable {
    /// Stored articles.
    public var articles: Int
    /// Entities after cross-article resolution.
    public var entities: Int
    /// Relations (one per fact, whatever the number of articles that state it).
    public var relations: Int
    /// Entity mentions over all articles.
    public var mentions: Int
    /// Pieces of relation evidence over all articles.
    public var evidence: Int

    /// Creates statistics from counts.
    public init(articles: Int, entities: Int, relations: Int, mentions: Int, evidence: Int) {
        self.articles = articles
        self.entities = entities
        self.relations = relations
        self.mentions = mentions
        self.evidence = evidence
    }
}
