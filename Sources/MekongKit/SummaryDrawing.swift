/// A drawn selection: what was drawn (the summary, whose caption says what was left out) and the file's bytes.
public struct SummaryDrawing: Sendable {
    /// What the drawing shows, with the counts of the selection.
    public var summary: GraphSummary
    /// The file's bytes.
    public var bytes: [UInt8]
    /// The screen the drawing was cut to fit, nil when it was not fitted to one.
    public var screen: DiagramScreen?
    /// The laid-out size when the drawing was fitted to ``screen``.
    public var size: DiagramSize?

    /// A drawing of `summary` as `bytes`, fitted to `screen` at `size` when given.
    public init(summary: GraphSummary, bytes: [UInt8], screen: DiagramScreen? = nil, size: DiagramSize? = nil) {
        self.summary = summary
        self.bytes = bytes
        self.screen = screen
        self.size = size
    }

    /// Whether the drawing was fitted to a screen and fits it (false when even the fewest entities did not fit).
    public var fitsScreen: Bool {
        guard let screen, let size else { return false }
        return screen.holds(size)
    }
}
