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

    /// Where Graphviz puts every node and cluster when it draws `graph` as `options` say: its own layout
    /// coordinates, for checks that the legend covers no entity.
    func layout(_ graph: KnowledgeGraph, options: RenderOptions) throws(RenderError) -> DiagramLayout {
        try GraphvizSession.layout(
            GraphvizGraph(graph, options: options), engine: options.engine(forEntityCount: graph.entities.count).rawValue)
    }
}
