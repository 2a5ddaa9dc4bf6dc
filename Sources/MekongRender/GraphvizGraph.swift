/// A graph as Graphviz will be told it: names and attribute values only, no C pointers.
///
/// Building this is pure Swift (and testable); ``GraphvizSession`` turns it into cgraph objects.
/// Attribute values are already in Graphviz's escString form (see ``GraphvizText``). Every list keeps
/// its order, and that order is what the DOT output shows.
struct GraphvizGraph: Sendable {
    /// One attribute: name and value, in the order it is set.
    struct Attribute: Hashable, Sendable {
        var name: String
        var value: String
        init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    struct Node: Hashable, Sendable {
        var name: String
        var attributes: [Attribute]
    }

    struct Edge: Hashable, Sendable {
        var tail: String
        var head: String
        var attributes: [Attribute]
    }

    /// A subgraph of the root; a name starting with `cluster` is drawn boxed.
    struct Subgraph: Hashable, Sendable {
        var name: String
        var attributes: [Attribute]
        var nodes: [Node]
    }

    var name: String
    /// Attributes of the root graph (and defaults for its subgraphs).
    var graphAttributes: [Attribute]
    /// Defaults for every node.
    var nodeDefaults: [Attribute]
    /// Defaults for every edge.
    var edgeDefaults: [Attribute]
    var nodes: [Node]
    var subgraphs: [Subgraph]
    var edges: [Edge]
    /// The key, laid out apart and drawn beside the drawing; nil for none.
    var legend: DiagramLegend?
}
