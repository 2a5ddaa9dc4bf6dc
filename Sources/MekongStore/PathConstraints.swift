/// Entities a chain of relations may not pass through (``GraphStore/shortestPaths(from:to:constraints:limit:)``):
/// so that a path does not always go through the same hub, such as the Central Committee.
///
/// The two ends of a chain are never excluded; only the entities between them are.
public struct PathConstraints: Hashable, Sendable {
    /// The ids of entities the chain must not pass through.
    public var avoiding: Set<String>
    /// Pass only through entities with at most this many relations (either end), or through any when nil.
    public var maxDegree: Int?

    /// Constraints from their parts; the default excludes nothing.
    public init(avoiding: Set<String> = [], maxDegree: Int? = nil) {
        self.avoiding = avoiding
        self.maxDegree = maxDegree
    }

    /// Whether nothing is excluded.
    public var isEmpty: Bool { avoiding.isEmpty && maxDegree == nil }
}
