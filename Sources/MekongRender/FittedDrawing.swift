/// A drawing rendered only if it fits a screen (``GraphvizRenderer/render(_:options:fitting:)``).
public struct FittedDrawing: Sendable {
    /// The laid-out size, legend, heading and margin included.
    public var size: DiagramSize
    /// The file's bytes when the drawing fits the screen; nil when it does not.
    public var bytes: [UInt8]?

    /// A drawing of `size`, rendered as `bytes` (nil: not rendered, it did not fit).
    public init(size: DiagramSize, bytes: [UInt8]?) {
        self.size = size
        self.bytes = bytes
    }

    /// Whether the drawing fits the screen (and was rendered).
    public var fits: Bool { bytes != nil }
}
