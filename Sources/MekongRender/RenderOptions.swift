/// How a knowledge graph is drawn: layout engine, output format and an optional title.
public struct RenderOptions: Hashable, Sendable {
    /// The layout engine. Ignored for ``RenderFormat/dot`` output except that it is recorded in the
    /// graph's `layout` attribute.
    public var layout: GraphLayout
    /// The output format.
    public var format: RenderFormat
    /// A caption drawn above the graph, or nil for none.
    public var title: String?

    /// Always true: every relation goes from its subject to its object. Symmetric predicates
    /// (`cooperates_with`, `met_with`, `signed_with`) are drawn without arrowheads.
    public var directed: Bool { true }

    /// Creates options; the defaults draw an untitled SVG with the `dot` engine.
    public init(layout: GraphLayout = .dot, format: RenderFormat = .svg, title: String? = nil) {
        self.layout = layout
        self.format = format
        self.title = title
    }
}
