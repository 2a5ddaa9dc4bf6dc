/// A set of spans that answers "does one of them contain this span?" in logarithmic time.
///
/// Extractors ask it for every token ("is this token inside an organization an earlier extractor found?");
/// scanning the list each time made an article's extraction time grow with the square of its size.
public struct SpanCover: Sendable {
    private let starts: [Int]
    /// For each position of the start-sorted spans, the largest end among it and those before it.
    private let reach: [Int]

    /// A cover of `spans` (any order, overlaps allowed).
    public init<S: Sequence>(_ spans: S) where S.Element == TextSpan {
        let sorted = spans.sorted()
        starts = sorted.map(\.start)
        var reach: [Int] = []
        reach.reserveCapacity(sorted.count)
        var furthest = Int.min
        for span in sorted {
            furthest = max(furthest, span.end)
            reach.append(furthest)
        }
        self.reach = reach
    }

    /// Whether some span of the cover contains `span`.
    public func contains(_ span: TextSpan) -> Bool {
        // The last span that starts at or before `span` does; any of those reaching `span.end` contains it.
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= span.start { low = middle + 1 } else { high = middle }
        }
        return low > 0 && reach[low - 1] >= span.end
    }
}
