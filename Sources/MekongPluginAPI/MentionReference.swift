/// Which mention a relation candidate points at.
public enum MentionReference: Hashable, Sendable {
    /// A mention already in the document (an index into ``Document/mentions``).
    case existing(Int)
    /// A mention that the same extraction returns (an index into ``Extraction/mentions``).
    case new(Int)
}
