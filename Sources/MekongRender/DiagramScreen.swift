/// A screen a drawing must fit at 100 % zoom, in CSS pixels: the whole-graph summary keeps fewer entities
/// until its drawing, legend and caption included, is no larger than this (README, "Diagrams").
///
/// SVG measures in points; a browser at 100 % zoom draws a point as 4/3 CSS pixels (1 pt = 1/72 in, 1 px =
/// 1/96 in). Mekong never scales a drawing down to fit (it sets no Graphviz `size`), so every label keeps its
/// font size, the smallest of which is ``minimumFontPixels``.
public struct DiagramScreen: Hashable, Sendable, LosslessStringConvertible {
    /// The width in CSS pixels.
    public var width: Int
    /// The height in CSS pixels.
    public var height: Int

    /// A full-HD screen, 1920 × 1080 CSS pixels: what the whole-graph summary fits unless told otherwise.
    public static let fullHD = DiagramScreen(width: 1920, height: 1080)

    /// The smallest screen a drawing can be fitted to: a legend and a caption need about this much.
    public static let smallest = DiagramScreen(width: 640, height: 360)

    /// The smallest text any drawing has, in CSS pixels at 100 % zoom: 9 pt (edge labels) is 12 px.
    public static let minimumFontPixels = 12.0

    /// CSS pixels per point at 100 % zoom.
    public static let pixelsPerPoint = 4.0 / 3.0

    /// A screen of `width` × `height` CSS pixels.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Reads `1920x1080` (width and height in CSS pixels, `x` or `×` between them); nil for anything else
    /// or a screen smaller than ``smallest``.
    public init?(_ description: String) {
        let parts = description.lowercased().split(whereSeparator: { $0 == "x" || $0 == "×" })
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
            width >= Self.smallest.width, height >= Self.smallest.height
        else { return nil }
        self.init(width: width, height: height)
    }

    /// `1920x1080`.
    public var description: String { "\(width)x\(height)" }

    /// Whether a drawing of `size` is shown whole at 100 % zoom.
    public func holds(_ size: DiagramSize) -> Bool {
        size.widthPixels <= Double(width) && size.heightPixels <= Double(height)
    }
}
