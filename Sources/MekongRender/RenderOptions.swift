/// How a knowledge graph is drawn: layout engine, output format, language, title and caption.
public struct RenderOptions: Hashable, Sendable {
    /// The layout engine, or nil to choose it by the graph's size (``GraphLayout/suited(toEntityCount:)``).
    /// For ``RenderFormat/dot`` output it is only recorded in the graph's `layout` attribute.
    public var layout: GraphLayout?
    /// The output format.
    public var format: RenderFormat
    /// A heading drawn above the graph, or nil for none.
    public var title: String?
    /// A note drawn under the title, such as what a summary left out; nil for none.
    public var caption: String?
    /// The language of predicate labels, the legend and the caption's fixed words.
    public var language: DiagramLanguage
    /// The id of the entity the drawing is about, drawn highlighted; nil for none.
    public var focus: String?
    /// How entities are boxed into clusters; nil for none.
    public var clustering: DiagramClustering?
    /// Lay a force-directed drawing out as densely as its nodes allow (shorter springs, overlap removal that
    /// spreads the nodes no more than needed): the most entities on a screen; edge labels stay clear of the nodes,
    /// since in these engines each is a node of its own. Only `sfdp` reads it; what a screen-fitted summary
    /// (``DiagramScreen``) uses.
    public var compact: Bool
    /// Where nodes and edges lead when clicked in SVG output; nil for no links.
    public var links: DiagramLinks?

    /// Always true: every relation goes from its subject to its object. Symmetric predicates
    /// (`cooperates_with`, `met_with`, `signed_with`) are drawn without arrowheads.
    public var directed: Bool { true }

    /// Creates options; the defaults draw an untitled SVG in Vietnamese with the engine suited to its size.
    public init(
        layout: GraphLayout? = nil, format: RenderFormat = .svg, title: String? = nil, caption: String? = nil,
        language: DiagramLanguage = .vi, focus: String? = nil, clustering: DiagramClustering? = nil,
        links: DiagramLinks? = nil, compact: Bool = false
    ) {
        self.compact = compact
        self.links = links
        self.clustering = clustering
        self.layout = layout
        self.format = format
        self.title = title
        self.caption = caption
        self.language = language
        self.focus = focus
    }

    /// The engine that draws a graph of `entityCount` entities: ``layout``, or the one suited to the size.
    public func engine(forEntityCount entityCount: Int) -> GraphLayout {
        layout ?? GraphLayout.suited(toEntityCount: entityCount)
    }
}
