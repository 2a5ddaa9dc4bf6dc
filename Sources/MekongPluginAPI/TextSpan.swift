/// A range of a document's text, in Unicode scalars; `end` is exclusive.
public struct TextSpan: Hashable, Comparable, Codable, Sendable {
    /// The first scalar's offset, from 0.
    public var start: Int
    /// The offset just past the last scalar (exclusive).
    public var end: Int

    /// The span `start..<end`, in Unicode scalars.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The number of scalars in the span.
    public var length: Int { end - start }

    /// Whether `other` lies inside this span.
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    /// Orders spans by start, then by end.
    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }
}
