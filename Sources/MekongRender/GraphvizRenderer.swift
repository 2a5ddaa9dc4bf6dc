import MekongCore

/// Draws a ``KnowledgeGraph`` with Graphviz as SVG, PNG, PDF or DOT.
///
/// Entities become nodes named by their ids and labelled with their names, shaped and coloured by type
/// (organization: box, person: ellipse, place: hexagon, document: note, others: diamond) with a legend of
/// the types present. Relations become edges labelled with the predicate and its `title` or `date`; an
/// edge's tooltip is its first evidence sentence, a node's its type and aliases.
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
        return try GraphvizSession.render(description, as: options.format.graphvizOutput(layout: options.layout))
    }
}
