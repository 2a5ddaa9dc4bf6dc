/// The Graphviz layout engine that places nodes and routes edges.
///
/// The raw values are the engines' own names, which the command line accepts (`--layout neato`). Whatever
/// the engine, the legend is laid out on its own and drawn beside the drawing, never among its nodes.
public enum GraphLayout: String, CaseIterable, Codable, Hashable, Sendable {
    /// Hierarchical layers following edge direction; the best default for relations such as `part_of`.
    case dot
    /// Spring model; good for small graphs without a natural hierarchy.
    case neato
    /// Force-directed placement.
    case fdp
    /// Scalable force-directed placement for large graphs, with overlap removal.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a centre node.
    case twopi

    /// The most entities a drawing has for ``suited(toEntityCount:)`` to choose `dot`: beyond it, layers
    /// following edge direction make a strip far wider or taller than a screen.
    public static let hierarchicalLimit = 40

    /// The engine for a drawing of `entityCount` entities when none is asked for: `dot` for small
    /// graphs, `sfdp` (with overlap removal) for large ones.
    public static func suited(toEntityCount entityCount: Int) -> GraphLayout {
        entityCount <= hierarchicalLimit ? .dot : .sfdp
    }
}
