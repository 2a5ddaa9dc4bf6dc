import MekongCore

extension GraphvizGraph {
    /// The most characters of an evidence sentence an edge tooltip shows.
    static let evidenceLimit = 300

    /// The most relations a drawing labels on the edges themselves. Beyond it labels pile on each other in
    /// every engine, so edges show their predicate by colour and style (explained by the legend) and keep
    /// their label text in the tooltip.
    static let edgeLabelLimit = 120

    /// The longest line of a caption before it is wrapped.
    static let captionLineLength = 90

    /// The margin around a drawing, in inches (Graphviz's `pad`): its SVG is this much larger on each side than
    /// the bounding box of the layout.
    static let padInches = 0.3

    /// The font for every text: DejaVu Sans covers Vietnamese and ships with Debian's fonts-dejavu-core.
    static let fontName = "DejaVu Sans"

    /// Describes `graph` for Graphviz: one node per entity, one edge per relation, and a legend of the entity
    /// types and predicates drawn.
    ///
    /// Entities are added sorted by id and relations by id, so the same graph always gives the same
    /// description (and the same DOT output) whatever order it was loaded in.
    init(_ graph: KnowledgeGraph, options: RenderOptions) {
        let language = options.language
        var graphAttributes = [
            Attribute("charset", "UTF-8"),
            Attribute("fontname", Self.fontName),
            Attribute("layout", options.engine(forEntityCount: graph.entities.count).rawValue),
            Attribute("rankdir", "LR"),
            Attribute("overlap", "false"),
            Attribute("outputorder", "edgesfirst"),
            Attribute("pad", GraphvizNumber.text(Self.padInches)),
        ]
        let engine = options.engine(forEntityCount: graph.entities.count)
        if options.compact, engine == .sfdp {
            // sfdp's spring length (K, 0.3 by default), overlap removal that spreads the nodes no further than
            // needed, and 10 pt around each node: on the development set's summary about 0.6 of the default's area.
            graphAttributes += [Attribute("K", "0.03"), Attribute("overlap_scaling", "-1"), Attribute("sep", "+10")]
        }
        var heading: [String] = []
        if let title = options.title, !title.isEmpty { heading.append(GraphvizText.boundedLabel(title).text) }
        if let caption = options.caption, !caption.isEmpty {
            heading += Self.wrapped(caption, width: Self.captionLineLength).map { GraphvizText.boundedLabel($0).text }
        }
        if !heading.isEmpty {
            graphAttributes += [
                Attribute("label", GraphvizText.leftAlignedLabel(heading)), Attribute("labelloc", "t"), Attribute("labeljust", "l"),
                Attribute("fontsize", options.caption?.isEmpty == false ? "14" : "18"),
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
        let labelled = relations.count <= Self.edgeLabelLimit

        var nodes = entities.map { Self.node(for: $0, focused: $0.id == options.focus, links: options.links) }
        var legend: DiagramLegend?
        if entities.isEmpty {
            nodes = [
                Node(name: "empty", attributes: [
                    Attribute("label", GraphvizText.label([language.emptyGraph])), Attribute("shape", "plaintext"),
                    Attribute("style", "solid"),
                ])
            ]
        } else {
            legend = Self.legend(for: entities, relations: relations, language: language)
        }

        var subgraphs: [Subgraph] = []
        if let clustering = options.clustering, !entities.isEmpty {
            (nodes, subgraphs) = Self.clustered(nodes, by: clustering.assignment(for: graph), names: entities)
        }

        self.init(
            name: "mekong", graphAttributes: graphAttributes, nodeDefaults: nodeDefaults, edgeDefaults: edgeDefaults,
            nodes: nodes, subgraphs: subgraphs,
            edges: [], legend: legend)
        for relation in relations {
            let edge = Self.edge(for: relation, language: language, labelled: labelled, links: options.links)
            // Only dot leaves room for an edge's label when it places the nodes. The other engines place them as
            // if edges had none, and overlap removal left two linked boxes a few points apart with the label
            // under them: there the label is a node of its own in the middle of the edge, kept clear of both ends.
            if engine != .dot, labelled, let (label, halves) = Self.labelNode(splitting: edge) {
                // Between two entities of one box, the label belongs in the box too.
                if let box = self.subgraphs.firstIndex(where: { box in
                    box.nodes.contains { $0.name == edge.tail } && box.nodes.contains { $0.name == edge.head }
                }) {
                    self.subgraphs[box].nodes.append(label)
                } else {
                    self.nodes.append(label)
                }
                self.edges += halves
            } else {
                self.edges.append(edge)
            }
        }
    }

    /// `nodes` split into the boxed clusters of `assignment` (entity id → the id of the entity naming its cluster),
    /// one per key in the order of the keys' names, and the nodes in none.
    private static func clustered(_ nodes: [Node], by assignment: [String: String], names entities: [Entity])
        -> (outside: [Node], clusters: [Subgraph])
    {
        let nameOf = Dictionary(entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let keys = Set(assignment.values).sorted { (nameOf[$0] ?? $0, $0) < (nameOf[$1] ?? $1, $1) }
        let clusters = keys.enumerated().map { index, key in
            Subgraph(
                name: "cluster_\(index + 1)",
                attributes: [
                    Attribute("label", GraphvizText.label([nameOf[key] ?? key])), Attribute("style", "rounded,dashed"),
                    Attribute("color", "#999999"), Attribute("fontname", fontName), Attribute("fontsize", "12"),
                ],
                nodes: nodes.filter { assignment[$0.name] == key })
        }
        return (nodes.filter { assignment[$0.name] == nil }, clusters)
    }

    private static func node(for entity: Entity, focused: Bool, links: DiagramLinks?) -> Node {
        let style = EntityStyle(for: entity.type)
        // Names come from articles, rule packs and plugins: bounded before Graphviz sees them, the full
        // text (within a larger bound) in the tooltip.
        let name = entity.type == .date ? DiagramDate.display(entity.name) : entity.name
        let label = GraphvizText.boundedLabel(name)
        var tooltip = [GraphvizText.boundedTooltip("\(entity.name) (\(entity.type.rawValue))")]
        if label.truncated { tooltip.append("(the label is shortened)") }
        if !entity.aliases.isEmpty {
            tooltip.append(GraphvizText.boundedTooltip("Aliases: " + entity.aliases.joined(separator: "; ")))
        }
        var attributes = [
            Attribute("id", entity.id),
            Attribute("label", GraphvizText.label([label.text])),
            Attribute("shape", style.shape),
            Attribute("fillcolor", style.fillColor),
            Attribute("tooltip", GraphvizText.tooltip(tooltip)),
        ]
        if let links { attributes.append(Attribute("URL", links.entity(entity.id))) }
        if focused {
            // The entity the drawing is about stands out by its frame and type, whatever its colour.
            attributes += [
                Attribute("color", "#cc0000"), Attribute("penwidth", "3"), Attribute("fontsize", "13"),
                Attribute("fontname", Self.fontName + " Bold"),
            ]
        }
        return Node(name: entity.id, attributes: attributes)
    }

    /// The name prefix of the node that carries an edge's label in the force-directed layouts.
    static let labelNodePrefix = "label:"

    /// `edge` drawn as tail — label — head: a plain-text node with the edge's label (its tooltip and link too),
    /// the half from the tail without an arrowhead (its id ends in `-tail`), the half to the head with the
    /// edge's id; nil when the edge has no label.
    static func labelNode(splitting edge: Edge) -> (Node, [Edge])? {
        guard let label = edge.attributes.first(where: { $0.name == "label" }) else { return nil }
        let id = edge.attributes.first { $0.name == "id" }?.value ?? edge.tail + "->" + edge.head
        let kept = edge.attributes.filter { $0.name != "label" && $0.name != "id" }
        let color = edge.attributes.first { $0.name == "fontcolor" }?.value ?? "#333333"
        var nodeAttributes = [
            Attribute("id", labelNodePrefix + id), label, Attribute("shape", "plaintext"), Attribute("style", "solid"),
            Attribute("fontsize", "9"), Attribute("fontcolor", color), Attribute("margin", "0.02"),
            Attribute("width", "0"), Attribute("height", "0"),
        ]
        nodeAttributes += kept.filter { $0.name == "tooltip" || $0.name == "URL" }
        let name = labelNodePrefix + id
        let toLabel = Edge(
            tail: edge.tail, head: name, attributes: [Attribute("id", id + "-tail")] + kept + [Attribute("arrowhead", "none")])
        let fromLabel = Edge(tail: name, head: edge.head, attributes: [Attribute("id", id)] + kept)
        return (Node(name: name, attributes: nodeAttributes), [toLabel, fromLabel])
    }

    /// The lines of an edge's label: a post's title alone for `holds_position` (the arrow from a person to a
    /// body already says "holds a post at"), otherwise the predicate's name; then its date as people write it.
    static func labelLines(for relation: Relation, language: DiagramLanguage) -> [String] {
        var lines: [String] = []
        let title = relation.attributes["title"].flatMap { $0.isEmpty ? nil : $0 }
        if relation.predicate == .holdsPosition, let title {
            lines.append(title)
        } else {
            lines.append(language.label(for: relation.predicate))
            if let title { lines.append(title) }
        }
        if let date = relation.attributes["date"], !date.isEmpty { lines.append(DiagramDate.display(date)) }
        return lines
    }

    private static func edge(for relation: Relation, language: DiagramLanguage, labelled: Bool, links: DiagramLinks?) -> Edge {
        let full = labelLines(for: relation, language: language)
        let bounded = full.map(GraphvizText.boundedLabel)
        var tooltip: [String] = []
        if !labelled { tooltip.append(GraphvizText.boundedTooltip(full.joined(separator: ", "))) }
        if let first = relation.evidence.first {
            tooltip.append(GraphvizText.truncated(first.text.removingControlCharacters(), limit: evidenceLimit))
            if relation.evidence.count > 1 { tooltip.append("(+\(relation.evidence.count - 1) more)") }
        } else if labelled {
            tooltip.append(GraphvizText.boundedTooltip(full.joined(separator: ": ")))
        }
        if labelled, bounded.contains(where: \.truncated) { tooltip.append("(the label is shortened)") }
        var attributes = [Attribute("id", relation.id)]
        if labelled { attributes.append(Attribute("label", GraphvizText.label(bounded.map(\.text)))) }
        attributes.append(Attribute("tooltip", GraphvizText.tooltip(tooltip)))
        if let links, let first = relation.evidence.first {
            attributes.append(Attribute("URL", links.article(first.article, relation: relation.id)))
        }
        attributes += PredicateStyle(for: relation.predicate).attributes
        // Which end of a symmetric relation is the subject means nothing, so no arrowhead says otherwise.
        if relation.predicate.isSymmetric { attributes.append(Attribute("dir", "none")) }
        return Edge(tail: relation.subject, head: relation.object, attributes: attributes)
    }

    /// A boxed key: one sample node per entity type present, in type order, and one sample line per predicate
    /// present, in predicate order, each named in `language`.
    private static func legend(for entities: [Entity], relations: [Relation], language: DiagramLanguage) -> DiagramLegend {
        let ids = Set(entities.map(\.id))
        // Entity ids are `prefix:slug`; a prefix no entity uses keeps legend nodes apart from them.
        var prefix = "legend:"
        while ids.contains(where: { $0.hasPrefix(prefix) }) { prefix = "_" + prefix }
        let types = Set(entities.map(\.type)).sorted().map { type in
            let style = EntityStyle(for: type)
            return Node(name: prefix + type.rawValue, attributes: [
                Attribute("label", GraphvizText.label([GraphvizText.boundedLabel(language.label(for: type)).text])),
                Attribute("shape", style.shape),
                Attribute("fillcolor", style.fillColor),
                Attribute("tooltip", GraphvizText.tooltip([GraphvizText.boundedTooltip("Entity type: \(type.rawValue)")])),
            ])
        }
        let predicates = Set(relations.map(\.predicate)).sorted().map { predicate in
            let name = prefix + "predicate:" + predicate.rawValue
            let point = [
                Attribute("shape", "point"), Attribute("style", "invis"), Attribute("width", "0.02"),
                Attribute("label", ""),
            ]
            var line = [Attribute("tooltip", GraphvizText.tooltip([GraphvizText.boundedTooltip("Predicate: \(predicate.rawValue)")]))]
            line += PredicateStyle(for: predicate).attributes
            if predicate.isSymmetric { line.append(Attribute("dir", "none")) }
            return DiagramLegend.PredicateSample(
                tail: Node(name: name + ":from", attributes: point),
                head: Node(name: name + ":to", attributes: point),
                line: Edge(tail: name + ":from", head: name + ":to", attributes: line),
                name: Node(name: name, attributes: [
                    Attribute("label", GraphvizText.label([GraphvizText.boundedLabel(language.label(for: predicate)).text])),
                    Attribute("shape", "plaintext"), Attribute("style", "solid"), Attribute("fontsize", "10"),
                    Attribute("fontcolor", PredicateStyle(for: predicate).color), Attribute("height", "0.2"),
                ]),
                undirected: predicate.isSymmetric)
        }
        return DiagramLegend(
            name: "cluster_legend",
            attributes: [
                Attribute("label", ""), Attribute("style", "rounded,dashed"), Attribute("color", "#999999"),
            ],
            heading: Node(name: prefix + "heading", attributes: [
                Attribute("label", GraphvizText.label([language.legendHeading])), Attribute("shape", "plaintext"),
                Attribute("style", "solid"), Attribute("fontsize", "12"), Attribute("height", "0.25"),
            ]),
            types: types, predicates: predicates)
    }

    /// `text` broken at spaces into lines of at most `width` characters (a longer word stays whole).
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
