/// The articles of the ingest queue that still wait: for a worker to extract them, or to be stored.
public struct WaitingArticles: Sendable, Equatable {
    /// Queued articles no worker has extracted yet (or whose worker died, or that a worker is extracting).
    public var pending: Int
    /// Articles extracted and waiting for the earlier ones to be stored.
    public var extracted: Int

    /// Counts as read from the queue.
    public init(pending: Int, extracted: Int) {
        self.pending = pending
        self.extracted = extracted
    }

    /// Whether every queued article has been stored or has failed.
    public var none: Bool { pending == 0 && extracted == 0 }
}
