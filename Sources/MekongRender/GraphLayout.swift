/// The Graphviz layout engine that places nodes and routes edges.
///
/// The raw values are the engines' own names, which the command line accepts (`--layout neato`).
public enum GraphLayout: String, CaseIterable, Codable, Hashable, Sendable {
    /// Hierarchical layers following edge direction; the best default for relations such as `part_of`.
    case dot
    /// Spring model; good for small graphs without a natural hierarchy.
    case neato
    /// Force-directed placement that also draws clusters (the legend stays boxed).
    case fdp
    /// Scalable force-directed placement for large graphs.
    case sfdp
    /// Circular layout.
    case circo
}
