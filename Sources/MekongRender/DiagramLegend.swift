/// The key of a drawing: a heading, one sample node per entity type drawn and one sample line per predicate
/// drawn, each with its name.
///
/// It is a boxed cluster of its own, never laid out with the drawing: ``GraphvizSession`` measures its
/// pieces, stacks them in a column (``LegendPlacement``) and pins that column beside the drawing's bounding
/// box, whatever the engine. In DOT output (the graph before layout) it is the same cluster without positions.
struct DiagramLegend: Hashable, Sendable {
    /// One predicate's row: a short line between two invisible points, and the predicate's name after it.
    struct PredicateSample: Hashable, Sendable {
        var tail: GraphvizGraph.Node
        var head: GraphvizGraph.Node
        var line: GraphvizGraph.Edge
        var name: GraphvizGraph.Node
        /// Whether the line has no arrowhead (a symmetric predicate).
        var undirected: Bool
    }

    /// The cluster's name; it starts with `cluster` so that Graphviz boxes it.
    var name: String
    /// The cluster's own attributes (frame style; its label is the ``heading`` node, not a cluster label).
    var attributes: [GraphvizGraph.Attribute]
    /// A plain-text node with the legend's heading.
    var heading: GraphvizGraph.Node
    /// One node per entity type, shaped and coloured as the drawing's nodes of that type.
    var types: [GraphvizGraph.Node]
    /// One row per predicate, coloured and styled as the drawing's edges of that predicate.
    var predicates: [PredicateSample]

    /// Every node of the legend, in the order the DOT output lists them.
    var nodes: [GraphvizGraph.Node] {
        [heading] + types + predicates.flatMap { [$0.tail, $0.head, $0.name] }
    }

    /// Every edge of the legend.
    var edges: [GraphvizGraph.Edge] { predicates.map(\.line) }
}
