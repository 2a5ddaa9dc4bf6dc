/// The size of a laid-out drawing as its SVG declares it (`width`/`height`, in points): Graphviz's bounding
/// box with the margin around it.
public struct DiagramSize: Hashable, Sendable, CustomStringConvertible {
    /// The width in points.
    public var width: Double
    /// The height in points.
    public var height: Double

    /// A size of `width` × `height` points.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// The width in CSS pixels at 100 % zoom.
    public var widthPixels: Double { width * DiagramScreen.pixelsPerPoint }
    /// The height in CSS pixels at 100 % zoom.
    public var heightPixels: Double { height * DiagramScreen.pixelsPerPoint }

    /// `1440 × 810 pt (1920 × 1080 px)`.
    public var description: String {
        func rounded(_ value: Double) -> Int { Int(value.rounded()) }
        return "\(rounded(width)) × \(rounded(height)) pt (\(rounded(widthPixels)) × \(rounded(heightPixels)) px)"
    }
}
