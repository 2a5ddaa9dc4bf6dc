/// Where Graphviz put the nodes and clusters of a drawing, read from its own layout records after the final
/// layout: what the legend checks compare.
struct DiagramLayout: Sendable {
    /// The whole drawing.
    var bounds: DiagramBox
    /// Every node's box, by node name (entity id or legend sample name).
    var nodes: [String: DiagramBox]
    /// Every cluster's box, by cluster name.
    var clusters: [String: DiagramBox]
}
