/// What a queue worker just did, for progress lines.
public enum QueueProgress: Sendable, Equatable {
    /// This process extracted the article at this path.
    case extracted(String)
    /// This process stored the article at this path (or found it could not be stored).
    case stored(String)
}
