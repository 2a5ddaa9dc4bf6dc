import MekongCore

extension GraphvizGraph {
    /// The most characters of an evidence sentence an edge tooltip shows.
    static let evidenceLimit = 300

    /// The font for every text: DejaVu Sans covers Vietnamese and ships with Debian's fonts-dejavu-core.
    static let fontName = "DejaVu Sans"

    /// Describes `graph` for Graphviz: one node per entity, one edge per relation, and a legend.
    ///
    /// Entities are added sorted by id and relations by id, so the same graph always gives the same
    /// description (and the same DOT output) whatever order it was loaded in.
    init(_ graph: KnowledgeGraph, options: RenderOptions) {
        var graphAttributes = [
            Attribute("charset", "UTF-8"),
            Attribute("fontname", Self.fontName),
            Attribute("layout", options.layout.rawValue),
            Attribute("rankdir", "LR"),
            Attribute("overlap", "false"),
            Attribute("outputorder", "edgesfirst"),
            Attribute("pad", "0.3"),
        ]
        if let title = options.title, !title.isEmpty {
            graphAttributes += [
                Attribute("label", GraphvizText.label([GraphvizText.boundedLabel(title).text])), Attribute("labelloc", "t"),
                Attribute("fontsize", "18"),
            ]
        }
        let nodeDefaults = [
            Attribute("fontname", Self.fontName), Attribute("fontsize", "11"), Attribute("style", "filled"),
            Attribute("color", "#555555"),
        ]
        let edgeDefaults = [
            Attribute("fontname", Self.fontName), Attribute("fontsize", "9"), Attribute("color", "#666666"),
            Attribute("fontcolor", "#333333"),
        ]

        let entities = graph.entities.sorted { ($0.id, $0.type, $0.name) < ($1.id, $1.type, $1.name) }
        let relations = graph.relations.sorted {
            ($0.id, $0.subject, $0.predicate, $0.object) < ($1.id, $1.subject, $1.predicate, $1.object)
        }

        var nodes = entities.map(Self.node(for:))
        var subgraphs: [Subgraph] = []
        if entities.isEmpty {
            nodes = [
                Node(name: "empty", attributes: [
                    Attribute("label", "(empty graph)"), Attribute("shape", "plaintext"), Attribute("style", "solid"),
                ])
            ]
        } else {
            subgraphs = [Self.legend(for: entities)]
        }

        self.init(
            name: "mekong", graphAttributes: graphAttributes, nodeDefaults: nodeDefaults, edgeDefaults: edgeDefaults,
            nodes: nodes, subgraphs: subgraphs, edges: relations.map(Self.edge(for:)))
    }

    private static func node(for entity: Entity) -> Node {
        let style = EntityStyle(for: entity.type)
        // Names come from articles, rule packs and plugins: bounded before Graphviz sees them, the full
        // text (within a larger bound) in the tooltip.
        let label = GraphvizText.boundedLabel(entity.name)
        var tooltip = [GraphvizText.boundedTooltip("\(entity.name) (\(entity.type.rawValue))")]
        if label.truncated { tooltip.append("(the label is shortened)") }
        if !entity.aliases.isEmpty {
            tooltip.append(GraphvizText.boundedTooltip("Aliases: " + entity.aliases.joined(separator: "; ")))
        }
        return Node(name: entity.id, attributes: [
            Attribute("id", entity.id),
            Attribute("label", GraphvizText.label([label.text])),
            Attribute("shape", style.shape),
            Attribute("fillcolor", style.fillColor),
            Attribute("tooltip", GraphvizText.tooltip(tooltip)),
        ])
    }

    private static func edge(for relation: Relation) -> Edge {
        var full = [relation.predicate.rawValue]
        for key in ["title", "date"] {
            if let value = relation.attributes[key], !value.isEmpty { full.append(value) }
        }
        let bounded = full.map(GraphvizText.boundedLabel)
        let label = bounded.map(\.text)
        var tooltip: [String]
        if let first = relation.evidence.first {
            tooltip = [GraphvizText.truncated(first.text.removingControlCharacters(), limit: evidenceLimit)]
            if relation.evidence.count > 1 { tooltip.append("(+\(relation.evidence.count - 1) more)") }
        } else {
            tooltip = [GraphvizText.boundedTooltip(full.joined(separator: ": "))]
        }
        if bounded.contains(where: \.truncated) { tooltip.append("(the label is shortened)") }
        var attributes = [
            Attribute("id", relation.id),
            Attribute("label", GraphvizText.label(label)),
            Attribute("tooltip", GraphvizText.tooltip(tooltip)),
        ]
        // Which end of a symmetric relation is the subject means nothing, so no arrowhead says otherwise.
        if relation.predicate.isSymmetric { attributes.append(Attribute("dir", "none")) }
        return Edge(tail: relation.subject, head: relation.object, attributes: attributes)
    }

    /// A boxed key with one sample node per entity type present, in type order.
    private static func legend(for entities: [Entity]) -> Subgraph {
        let ids = Set(entities.map(\.id))
        // Entity ids are `prefix:slug`; a prefix no entity uses keeps legend nodes apart from them.
        var prefix = "legend:"
        while ids.contains(where: { $0.hasPrefix(prefix) }) { prefix = "_" + prefix }
        let types = Set(entities.map(\.type)).sorted()
        let nodes = types.map { type in
            let style = EntityStyle(for: type)
            return Node(name: prefix + type.rawValue, attributes: [
                Attribute("label", GraphvizText.label([GraphvizText.boundedLabel(type.rawValue).text])),
                Attribute("shape", style.shape),
                Attribute("fillcolor", style.fillColor),
                Attribute("tooltip", GraphvizText.tooltip([GraphvizText.boundedTooltip("Entity type: \(type.rawValue)")])),
            ])
        }
        return Subgraph(
            name: "cluster_legend",
            attributes: [
                Attribute("label", "Legend"), Attribute("style", "rounded,dashed"), Attribute("color", "#999999"),
                Attribute("fontsize", "10"), Attribute("labelloc", "t"),
            ],
            nodes: nodes)
    }
}
