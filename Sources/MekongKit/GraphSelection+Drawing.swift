extension GraphSelection {
    /// Draws the selection: ``summary(from:)`` rendered with the options `options` gives for it; for the whole
    /// graph with a ``screen``, cut further until the drawing fits that screen (``ScreenFit``).
    ///
    /// - Throws: as ``summary(from:)``; ``MekongRender/RenderError`` when Graphviz cannot draw it.
    public func drawing(from store: any GraphQuerying, options: (GraphSummary) -> RenderOptions) throws -> SummaryDrawing {
        let summary = try summary(from: store)
        if let screen, focus == nil, article == nil {
            return try ScreenFit(screen: screen).draw(summary, options: options)
        }
        return SummaryDrawing(summary: summary, bytes: try GraphvizRenderer().render(summary.graph, options: options(summary)))
    }
}
