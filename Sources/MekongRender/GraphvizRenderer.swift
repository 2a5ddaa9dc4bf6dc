import MekongCore

/// Draws a ``KnowledgeGraph`` with Graphviz as SVG, PNG, PDF or DOT.
///
/// Entities become nodes named by their ids and labelled with their names, shaped and coloured by type
/// (organization: box, person: ellipse, place: hexagon, document: note, others: diamond); the focus entity
/// is framed in red. Relations become edges coloured and styled by predicate, labelled with the predicate
/// in the options' language (a `holds_position` edge with the post's title alone) and a date as people
/// write it (23/6/2021); past ``GraphvizGraph/edgeLabelLimit`` relations the label moves to the tooltip.
/// An edge's tooltip is its first evidence sentence, a node's its type and aliases. A legend of the types
/// and predicates drawn sits beside the drawing, never over it, whatever the layout engine.
///
/// Safe to call from any number of tasks at once: the Graphviz calls are serialized process-wide, so
/// concurrent renders wait for each other.
public struct GraphvizRenderer: Sendable {
    /// Creates a renderer. It holds no state; one can be shared freely.
    public init() {}

    /// Renders `graph` as `options` say and returns the file's bytes.
    ///
    /// An empty graph renders as a drawing that says "(empty graph)". DOT output is the graph before
    /// layout and is byte-for-byte the same for the same graph and options.
    ///
    /// - Throws: ``RenderError`` carrying Graphviz's message when it cannot lay out or render the graph.
    public func render(_ graph: KnowledgeGraph, options: RenderOptions) throws(RenderError) -> [UInt8] {
        let description = GraphvizGraph(graph, options: options)
        let engine = options.engine(forEntityCount: graph.entities.count)
        return try GraphvizSession.render(description, as: options.format.graphvizOutput(layout: engine))
    }

    /// Renders `graph` as `options` say only if the drawing fits `screen` at 100 % zoom, never scaled down.
    ///
    /// The graph is laid out once; its size is the bounding box of that layout, legend and heading included,
    /// with the margin around it: the `width` and `height` of the SVG. A DOT file (the graph before layout) is
    /// written when the layout by the engine it names fits.
    /// - Returns: the drawing's size, with its bytes when it fits.
    /// - Throws: ``RenderError`` carrying Graphviz's message when it cannot lay out or render the graph.
    public func render(_ graph: KnowledgeGraph, options: RenderOptions, fitting screen: DiagramScreen) throws(RenderError)
        -> FittedDrawing
    {
        let description = GraphvizGraph(graph, options: options)
        let engine = options.engine(forEntityCount: graph.entities.count)
        let margin = 2 * GraphvizGraph.padInches * 72
        func size(_ bounds: DiagramBox) -> DiagramSize { DiagramSize(width: bounds.width + margin, height: bounds.height + margin) }
        switch options.format.graphvizOutput(layout: engine) {
        case .rendered(let engine, let format):
            let (bounds, bytes) = try GraphvizSession.render(description, engine: engine, format: format) { screen.holds(size($0)) }
            return FittedDrawing(size: size(bounds), bytes: bytes)
        case .source:
            let drawn = size(try GraphvizSession.layout(description, engine: engine.rawValue).bounds)
            guard screen.holds(drawn) else { return FittedDrawing(size: drawn, bytes: nil) }
            return FittedDrawing(size: drawn, bytes: try GraphvizSession.render(description, as: .source))
        }
    }

    /// Where Graphviz puts every node and cluster when it draws `graph` as `options` say: its own layout
    /// coordinates, for checks that the legend covers no entity.
    func layout(_ graph: KnowledgeGraph, options: RenderOptions) throws(RenderError) -> DiagramLayout {
        try GraphvizSession.layout(
            GraphvizGraph(graph, options: options), engine: options.engine(forEntityCount: graph.entities.count).rawValue)
    }
}
