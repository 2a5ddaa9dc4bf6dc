/// Where the legend goes: a column of rows pinned to the right of the drawing, top-aligned with it.
///
/// Pure geometry on the sizes Graphviz measured for the legend's nodes, so that the column never reaches
/// into the drawing's bounding box whatever engine placed the drawing.
struct LegendPlacement: Hashable, Sendable {
    /// A node's centre, in points.
    struct Center: Hashable, Sendable {
        var x: Double
        var y: Double
    }

    /// Space between the drawing and the legend's frame.
    static let gap = 24.0
    /// Space between the frame and what it holds.
    static let padding = 8.0
    /// Space between rows.
    static let rowGap = 6.0
    /// Length of a predicate's sample line.
    static let lineLength = 40.0
    /// Space between a sample line and the predicate's name.
    static let labelGap = 6.0
    /// The length Graphviz gives an arrowhead of `arrowsize=1`.
    static let arrowLength = 10.0

    /// The centre of every legend node, by node name.
    var centers: [String: Center]
    /// The `pos` of each predicate's sample line (a straight B-spline), in the legend's predicate order.
    var linePositions: [String]
    /// The legend's frame.
    var box: DiagramBox

    /// Places `legend` beside `drawing`, with each node as large as `sizes` (width, height in points) says.
    init(_ legend: DiagramLegend, sizes: [String: (width: Double, height: Double)], beside drawing: DiagramBox) {
        let left = drawing.maxX + Self.gap
        let top = drawing.maxY
        let inner = left + Self.padding
        var cursor = top - Self.padding
        var right = inner
        var centers: [String: Center] = [:]
        var lines: [String] = []

        for node in [legend.heading] + legend.types {
            let size = sizes[node.name] ?? (0, 0)
            centers[node.name] = Center(x: inner + size.width / 2, y: cursor - size.height / 2)
            right = max(right, inner + size.width)
            cursor -= size.height + Self.rowGap
        }
        for sample in legend.predicates {
            let name = sizes[sample.name.name] ?? (0, 0)
            let height = max(name.height, 12)
            let y = cursor - height / 2
            let start = inner
            let end = inner + Self.lineLength
            centers[sample.tail.name] = Center(x: start, y: y)
            centers[sample.head.name] = Center(x: end, y: y)
            let nameLeft = end + Self.labelGap
            centers[sample.name.name] = Center(x: nameLeft + name.width / 2, y: y)
            right = max(right, nameLeft + name.width)
            lines.append(Self.straightLine(from: start, to: end, at: y, arrowhead: !sample.undirected))
            cursor -= height + Self.rowGap
        }
        self.centers = centers
        self.linePositions = lines
        self.box = DiagramBox(minX: left, minY: cursor + Self.rowGap - Self.padding, maxX: right + Self.padding, maxY: top)
    }

    /// A horizontal edge `pos`: one cubic B-spline segment, ending short of `end` by an arrowhead when there is one.
    private static func straightLine(from start: Double, to end: Double, at y: Double, arrowhead: Bool) -> String {
        let stop = arrowhead ? end - arrowLength : end
        let points = [start, start + (stop - start) / 3, start + 2 * (stop - start) / 3, stop]
            .map { "\(GraphvizNumber.text($0)),\(GraphvizNumber.text(y))" }.joined(separator: " ")
        return arrowhead ? "e,\(GraphvizNumber.text(end)),\(GraphvizNumber.text(y)) " + points : points
    }
}
