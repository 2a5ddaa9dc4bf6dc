import MekongStore

/// What storing one queued article did: its outcome in the graph, or why it could not be stored.
public struct StoredQueueEntry: Sendable {
    /// Its place in the queue.
    public var sequence: Int
    /// The path it was enqueued with.
    public var path: String
    /// What storing it changed, or why it was not stored (the queue entry is then marked failed).
    public var result: Result<IngestOutcome, PostgresStoreError>
    /// Whether it was left out because a curation deletes it (the result is then "unchanged").
    public var deletedByCuration = false
}
