/// An axis-aligned rectangle in Graphviz's layout coordinates: points, y pointing up.
struct DiagramBox: Hashable, Sendable, CustomStringConvertible {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The box of a node centred at (`x`, `y`).
    init(centerX x: Double, centerY y: Double, width: Double, height: Double) {
        self.init(minX: x - width / 2, minY: y - height / 2, maxX: x + width / 2, maxY: y + height / 2)
    }

    var width: Double { maxX - minX }
    var height: Double { maxY - minY }

    /// Whether the two boxes share any area (touching edges do not count).
    func intersects(_ other: DiagramBox) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// Whether `other` lies wholly inside this box (edges may touch).
    func contains(_ other: DiagramBox) -> Bool {
        minX <= other.minX && other.maxX <= maxX && minY <= other.minY && other.maxY <= maxY
    }

    /// Graphviz's `bb` attribute form: `llx,lly,urx,ury`.
    var graphvizBoundingBox: String {
        "\(GraphvizNumber.text(minX)),\(GraphvizNumber.text(minY)),\(GraphvizNumber.text(maxX)),\(GraphvizNumber.text(maxY))"
    }

    var description: String { "(\(minX), \(minY))–(\(maxX), \(maxY))" }
}
