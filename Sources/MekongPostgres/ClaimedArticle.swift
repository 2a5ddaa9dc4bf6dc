import Foundation

/// A queued article one worker holds: no other worker gets it until this one records its contribution or dies.
public struct ClaimedArticle: Sendable, Equatable {
    /// Its place in the queue; articles are stored in this order.
    public var sequence: Int
    /// The article as it was enqueued.
    public var article: QueuedArticle
}
