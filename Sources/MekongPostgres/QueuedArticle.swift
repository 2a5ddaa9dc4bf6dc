import Foundation

/// An article as `mekong enqueue` hands it to the workers: its bytes, so that a worker needs no access to
/// the file, and the identity its article id is made of.
public struct QueuedArticle: Sendable, Equatable {
    /// The path as given, kept for display (the article's `path`).
    public var path: String
    /// What the article id is made of: the canonical path on the machine that enqueued it, or the text's
    /// SHA-256 for standard input.
    public var identity: String
    /// The file's bytes, as read.
    public var content: Data

    /// An article to enqueue.
    public init(path: String, identity: String, content: Data) {
        self.path = path
        self.identity = identity
        self.content = content
    }
}
