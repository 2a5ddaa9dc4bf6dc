/// What a PostgreSQL store holds, and where its ingest queue stands.
public struct PostgresStoreStatistics: Sendable, Equatable, Codable {
    /// Articles stored in the graph.
    public var articles: Int
    /// Entities in the graph.
    public var entities: Int
    /// Relations in the graph.
    public var relations: Int
    /// Queued articles no worker has extracted yet (or whose worker died).
    public var pending: Int
    /// Articles extracted and waiting for the earlier ones to be stored.
    public var extracted: Int
    /// Articles that could not be read or stored (``PostgresGraphStore/failures()`` says why).
    public var failed: Int
    /// Articles stored (or found unchanged).
    public var done: Int

    /// Counts as read from the store.
    public init(articles: Int, entities: Int, relations: Int, pending: Int, extracted: Int, failed: Int, done: Int) {
        self.articles = articles
        self.entities = entities
        self.relations = relations
        self.pending = pending
        self.extracted = extracted
        self.failed = failed
        self.done = done
    }

    /// Whether every queued article has been stored or has failed.
    public var queueIsEmpty: Bool { pending == 0 && extracted == 0 }
}
