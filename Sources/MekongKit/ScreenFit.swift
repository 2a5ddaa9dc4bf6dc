/// Cuts a summary until its drawing fits a screen at 100 % zoom, never scaling it down, so every label keeps
/// its font size (``DiagramScreen``); a force-directed layout is drawn compact (``RenderOptions/compact``).
///
/// Each try lays the drawing out once and renders it only if it fits (``GraphvizRenderer/render(_:options:fitting:)``).
/// The first try draws the whole summary with the layout its size chooses. When that is too large, the summary
/// is drawn compact: first whole, then with as many entities as the area the screen has for them suggests
/// (``GraphSummary/narrowed(toEntities:)``), then the search halves the gap between the most entities known to
/// fit and the fewest known not to, for at most ``attempts`` compact layouts.
public struct ScreenFit: Sendable {
    /// The screen to fit.
    public var screen: DiagramScreen
    /// The most compact layouts one fit tries after the first, uncompacted one.
    public static let attempts = 7

    /// A fit to `screen`.
    public init(screen: DiagramScreen) {
        self.screen = screen
    }

    /// `summary` drawn with the most entities (at most those it has) that fit ``screen``, with the options
    /// `options` gives for each cut (its caption says what the cut left out). When not even one entity fits,
    /// the smallest cut tried is drawn and ``SummaryDrawing/fitsScreen`` is false.
    /// - Throws: ``MekongRender/RenderError`` when Graphviz cannot lay out or render a drawing.
    public func draw(_ summary: GraphSummary, options: (GraphSummary) -> RenderOptions) throws -> SummaryDrawing {
        let renderer = GraphvizRenderer()
        // A summary that fits as it is keeps the layout its size chooses (`dot` for a small hierarchy, as in the
        // drawing of one article); only a larger one is drawn compact and cut.
        let natural = try renderer.render(summary.graph, options: options(summary), fitting: screen)
        if let bytes = natural.bytes {
            return SummaryDrawing(summary: summary, bytes: bytes, screen: screen, size: natural.size)
        }
        var best: SummaryDrawing?
        // The most entities known to fit, and the fewest known not to.
        var fitting = 0
        var tooMany = summary.graph.entities.count + 1
        var limit = summary.graph.entities.count
        var smallest: (summary: GraphSummary, size: DiagramSize)?
        for _ in 0..<Self.attempts {
            let cut = summary.narrowed(toEntities: limit)
            let drawing = try renderer.render(cut.graph, options: compact(options(cut)), fitting: screen)
            if let bytes = drawing.bytes {
                best = SummaryDrawing(summary: cut, bytes: bytes, screen: screen, size: drawing.size)
                fitting = limit
            } else {
                tooMany = limit
                smallest = (cut, drawing.size)
            }
            // Within a tenth of the largest cut that fits is close enough: each try is a layout.
            if tooMany - fitting <= max(1, fitting / 10) { break }
            if fitting > 0 {
                limit = (fitting + tooMany) / 2
            } else {
                // The entities' share of the area grows about with their number; the legend and the caption
                // do not shrink, so the guess is at most half of what did not fit.
                let scale = min(Double(screen.width) / drawing.size.widthPixels, Double(screen.height) / drawing.size.heightPixels)
                limit = max(1, min(Int(Double(limit) * scale * scale), limit / 2))
                if limit >= tooMany { break }
            }
        }
        if let best { return best }
        guard let smallest else { preconditionFailure("a fit tries at least one layout") }
        let bytes = try renderer.render(smallest.summary.graph, options: compact(options(smallest.summary)))
        return SummaryDrawing(summary: smallest.summary, bytes: bytes, screen: screen, size: smallest.size)
    }

    /// `options` with the layout drawn compact, by `sfdp` unless another engine is asked for: a summary of the
    /// whole graph is many small groups, which `dot` (the choice for a small drawing) lines up in a strip.
    private func compact(_ options: RenderOptions) -> RenderOptions {
        var compact = options
        compact.compact = true
        compact.layout = options.layout ?? .sfdp
        return compact
    }
}
