internal import CGraphviz
import Foundation

/// The only code that calls Graphviz: builds a ``GraphvizGraph`` with cgraph, lays it out and renders it.
///
/// Graphviz keeps global state (error handlers, the attribute prototype graph, plugin tables) and is not
/// thread-safe, so every call runs under one process-wide lock. Its messages are collected by the error
/// sink while the lock is held and become the text of a ``RenderError``.
enum GraphvizSession {
    private static let lock = NSLock()

    /// Graphviz's messages since the current render began. Only touched with `lock` held: the sink runs
    /// synchronously inside the Graphviz calls made under it.
    nonisolated(unsafe) private static var messages = ""

    /// What to make of the built graph.
    enum Output: Hashable, Sendable {
        /// Lay the graph out with `engine`, then render it in Graphviz's `format` (svg, png, pdf…).
        case rendered(engine: String, format: String)
        /// The graph in DOT as built, without layout: what `dot -Tcanon` prints, deterministic.
        case source
    }

    /// Builds `graph` with cgraph and produces `output`'s bytes.
    static func render(_ graph: GraphvizGraph, as output: Output) throws(RenderError) -> [UInt8] {
        try withContext { context throws(RenderError) in
            switch output {
            case .source:
                guard let root = mekong_ag_open(graph.name) else { throw .graphConstructionFailed(message: collectedMessage()) }
                defer { agclose(root) }
                var handles = try build(graph, into: root)
                if let legend = graph.legend { try add(legend, to: root, placement: nil, sizes: [:], handles: &handles) }
                var data: UnsafeMutablePointer<CChar>?
                var length = 0
                guard mekong_ag_write(root, &data, &length) == 0, let data else {
                    throw .renderFailed(format: "dot", message: collectedMessage())
                }
                defer { mekong_gv_free_written(data) }
                return Array(UnsafeRawBufferPointer(start: data, count: length))
            case .rendered(let engine, let format):
                return try laidOut(graph, engine: engine, context: context) { root throws(RenderError) in
                    try renderData(of: root, as: format, context: context)
                }
            }
        }
    }

    /// Lays `graph` out with `engine` and renders it in `format` only when `accept` takes the laid-out bounding
    /// box (legend and heading included): one layout whichever way it goes.
    static func render(
        _ graph: GraphvizGraph, engine: String, format: String, if accept: (DiagramBox) -> Bool
    ) throws(RenderError) -> (bounds: DiagramBox, bytes: [UInt8]?) {
        try withContext { context throws(RenderError) in
            try laidOut(graph, engine: engine, context: context) { root throws(RenderError) in
                let bounds = box(of: root)
                return (bounds, accept(bounds) ? try renderData(of: root, as: format, context: context) : nil)
            }
        }
    }

    /// The laid-out `root` rendered in Graphviz's `format`.
    private static func renderData(of root: UnsafeMutablePointer<Agraph_t>, as format: String, context: OpaquePointer)
        throws(RenderError) -> [UInt8]
    {
        var data: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = mekong_gv_render_data(context, root, format, &data, &length)
        defer { mekong_gv_free_render_data(data) }
        guard status == 0, let data else { throw .renderFailed(format: format, message: collectedMessage()) }
        return Array(UnsafeRawBufferPointer(start: data, count: length))
    }

    /// Lays `graph` out with `engine`, legend composed beside it, and reads back where every node and
    /// cluster went, from Graphviz's own layout records.
    static func layout(_ graph: GraphvizGraph, engine: String) throws(RenderError) -> DiagramLayout {
        try withContext { context throws(RenderError) in
            try laidOut(graph, engine: engine, context: context) { root throws(RenderError) in readLayout(of: root) }
        }
    }

    /// Runs `body` with a fresh Graphviz context, under the lock, with Graphviz's messages collected.
    private static func withContext<T>(_ body: (OpaquePointer) throws(RenderError) -> T) throws(RenderError) -> T {
        lock.lock()
        defer { lock.unlock() }
        messages = ""
        mekong_gv_reset_errors { piece in
            if let piece { GraphvizSession.messages += String(cString: piece) }
            return 0
        }
        // Graphviz's messages go back to stderr for anyone else in the process once this render is done.
        defer { mekong_gv_reset_errors(nil) }

        // The context must exist before the graph: creating it installs the attribute defaults (`label=\N`).
        guard let context = gvContext() else { throw .graphvizUnavailable(message: collectedMessage()) }
        defer { gvFreeContext(context) }
        return try body(context)
    }

    /// Builds `graph`, lays it out and calls `body` with the laid-out root graph.
    ///
    /// The legend never takes part in the drawing's layout, where force-directed engines would float its
    /// samples among the entities. The drawing is laid out alone (without its heading, which the final layout
    /// places), its layout written into its attributes; the legend's pieces are measured in a graph of their
    /// own, stacked beside the drawing's bounding box (``LegendPlacement``) and pinned there; then the `nop2`
    /// engine (`neato -n2`) takes every position and edge route as given and adds the heading.
    private static func laidOut<T>(
        _ graph: GraphvizGraph, engine: String, context: OpaquePointer,
        _ body: (UnsafeMutablePointer<Agraph_t>) throws(RenderError) -> T
    ) throws(RenderError) -> T {
        guard let root = mekong_ag_open(graph.name) else { throw .graphConstructionFailed(message: collectedMessage()) }
        defer { agclose(root) }
        var handles = try build(graph, into: root)
        guard let legend = graph.legend else {
            guard gvLayout(context, root, engine) == 0 else {
                throw .layoutFailed(engine: engine, message: collectedMessage())
            }
            defer { gvFreeLayout(context, root) }
            return try body(root)
        }

        let sizes = try measure(legend, defaults: graph.nodeDefaults, context: context)
        let heading = graph.graphAttributes.last { $0.name == "label" }
        if heading != nil { try declare([GraphvizGraph.Attribute("label", "")], kind: AGRAPH, in: root) }
        guard gvLayout(context, root, engine) == 0 else { throw .layoutFailed(engine: engine, message: collectedMessage()) }
        let attached = mekong_gv_attach_layout(context, root)
        let drawing = box(of: root)
        gvFreeLayout(context, root)
        guard attached == 0 else { throw .layoutFailed(engine: engine, message: "keeping the layout: " + collectedMessage()) }

        let placement = LegendPlacement(legend, sizes: sizes, beside: drawing)
        try add(legend, to: root, placement: placement, sizes: sizes, handles: &handles)
        if let heading { try declare([heading], kind: AGRAPH, in: root) }
        // The first layout's bounding box leaves the legend out: computed again from everything placed. The
        // graph's `layout` attribute would override the engine gvLayout is given.
        try set(
            [GraphvizGraph.Attribute("bb", ""), GraphvizGraph.Attribute("layout", "nop2")],
            on: UnsafeMutableRawPointer(root), what: "graph")
        guard gvLayout(context, root, "nop2") == 0 else {
            throw .layoutFailed(engine: engine, message: "composing the legend: " + collectedMessage())
        }
        defer { gvFreeLayout(context, root) }
        return try body(root)
    }

    /// The width and height, in points, Graphviz gives each legend node with the drawing's node defaults.
    private static func measure(
        _ legend: DiagramLegend, defaults: [GraphvizGraph.Attribute], context: OpaquePointer
    ) throws(RenderError) -> [String: (width: Double, height: Double)] {
        guard let scratch = mekong_ag_open("legend") else { throw .graphConstructionFailed(message: collectedMessage()) }
        defer { agclose(scratch) }
        try declare(defaults, kind: AGNODE, in: scratch)
        var handles: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        for node in legend.nodes { handles[node.name] = try add(node, to: scratch) }
        guard gvLayout(context, scratch, "dot") == 0 else {
            throw .layoutFailed(engine: "dot", message: "measuring the legend: " + collectedMessage())
        }
        defer { gvFreeLayout(context, scratch) }
        var sizes: [String: (width: Double, height: Double)] = [:]
        for (name, handle) in handles {
            var x = 0.0, y = 0.0, width = 0.0, height = 0.0
            mekong_gv_node_box(handle, &x, &y, &width, &height)
            sizes[name] = (width, height)
        }
        return sizes
    }

    /// Adds the legend as a boxed cluster; with a placement, pinned where it says (positions, sizes, frame and
    /// line routes as the `nop2` engine reads them).
    private static func add(
        _ legend: DiagramLegend, to root: UnsafeMutablePointer<Agraph_t>, placement: LegendPlacement?,
        sizes: [String: (width: Double, height: Double)], handles: inout [String: UnsafeMutablePointer<Agnode_t>]
    ) throws(RenderError) {
        guard let cluster = mekong_ag_subgraph(root, legend.name) else {
            throw .graphConstructionFailed(message: "subgraph \(legend.name): " + collectedMessage())
        }
        var attributes = legend.attributes
        if let placement { attributes.append(GraphvizGraph.Attribute("bb", placement.box.graphvizBoundingBox)) }
        try set(attributes, on: UnsafeMutableRawPointer(cluster), what: "subgraph \(legend.name)")
        for node in legend.nodes {
            var pinned = node
            if let placement, let center = placement.centers[node.name], let size = sizes[node.name] {
                pinned.attributes += [
                    GraphvizGraph.Attribute("pos", "\(GraphvizNumber.text(center.x)),\(GraphvizNumber.text(center.y))"),
                    GraphvizGraph.Attribute("width", String(format: "%.4f", size.width / 72)),
                    GraphvizGraph.Attribute("height", String(format: "%.4f", size.height / 72)),
                ]
            }
            handles[node.name] = try add(pinned, to: cluster)
        }
        for (index, sample) in legend.predicates.enumerated() {
            var line = sample.line
            if let placement { line.attributes.append(GraphvizGraph.Attribute("pos", placement.linePositions[index])) }
            try add(line, to: cluster, handles: handles)
        }
    }

    /// Where Graphviz put every node and cluster of the laid-out `root`.
    private static func readLayout(of root: UnsafeMutablePointer<Agraph_t>) -> DiagramLayout {
        var nodes: [String: DiagramBox] = [:]
        var node = agfstnode(root)
        while let current = node {
            var x = 0.0, y = 0.0, width = 0.0, height = 0.0
            mekong_gv_node_box(current, &x, &y, &width, &height)
            nodes[String(cString: agnameof(UnsafeMutableRawPointer(current)))] = DiagramBox(
                centerX: x, centerY: y, width: width, height: height)
            node = agnxtnode(root, current)
        }
        var clusters: [String: DiagramBox] = [:]
        var subgraph = agfstsubg(root)
        while let current = subgraph {
            clusters[String(cString: agnameof(UnsafeMutableRawPointer(current)))] = box(of: current)
            subgraph = agnxtsubg(current)
        }
        return DiagramLayout(bounds: box(of: root), nodes: nodes, clusters: clusters)
    }

    /// A laid-out graph's bounding box.
    private static func box(of graph: UnsafeMutablePointer<Agraph_t>) -> DiagramBox {
        var minX = 0.0, minY = 0.0, maxX = 0.0, maxY = 0.0
        mekong_gv_graph_box(graph, &minX, &minY, &maxX, &maxY)
        return DiagramBox(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
    }

    /// Builds the drawing (everything but the legend) and returns its nodes by name.
    private static func build(_ graph: GraphvizGraph, into root: UnsafeMutablePointer<Agraph_t>) throws(RenderError)
        -> [String: UnsafeMutablePointer<Agnode_t>]
    {
        try declare(graph.graphAttributes, kind: AGRAPH, in: root)
        try declare(graph.nodeDefaults, kind: AGNODE, in: root)
        try declare(graph.edgeDefaults, kind: AGEDGE, in: root)

        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        for subgraph in graph.subgraphs {
            guard let handle = mekong_ag_subgraph(root, subgraph.name) else {
                throw .graphConstructionFailed(message: "subgraph \(subgraph.name): " + collectedMessage())
            }
            try set(subgraph.attributes, on: UnsafeMutableRawPointer(handle), what: "subgraph \(subgraph.name)")
            for node in subgraph.nodes { nodes[node.name] = try add(node, to: handle) }
        }
        for node in graph.nodes { nodes[node.name] = try add(node, to: root) }
        for edge in graph.edges { try add(edge, to: root, handles: nodes) }
        return nodes
    }

    private static func add(
        _ edge: GraphvizGraph.Edge, to graph: UnsafeMutablePointer<Agraph_t>,
        handles: [String: UnsafeMutablePointer<Agnode_t>]
    ) throws(RenderError) {
        guard let tail = handles[edge.tail], let head = handles[edge.head] else {
            throw .graphConstructionFailed(message: "edge \(edge.tail) -> \(edge.head) has an end that is not a node")
        }
        guard let handle = mekong_ag_edge(graph, tail, head) else {
            throw .graphConstructionFailed(message: "edge \(edge.tail) -> \(edge.head): " + collectedMessage())
        }
        try set(edge.attributes, on: UnsafeMutableRawPointer(handle), what: "edge \(edge.tail) -> \(edge.head)")
    }

    private static func add(_ node: GraphvizGraph.Node, to graph: UnsafeMutablePointer<Agraph_t>) throws(RenderError)
        -> UnsafeMutablePointer<Agnode_t>
    {
        guard let handle = mekong_ag_node(graph, node.name) else {
            throw .graphConstructionFailed(message: "node \(node.name): " + collectedMessage())
        }
        try set(node.attributes, on: UnsafeMutableRawPointer(handle), what: "node \(node.name)")
        return handle
    }

    private static func declare(
        _ attributes: [GraphvizGraph.Attribute], kind: Int32, in root: UnsafeMutablePointer<Agraph_t>
    ) throws(RenderError) {
        for attribute in attributes where mekong_ag_declare(root, kind, attribute.name, attribute.value) != 0 {
            throw .graphConstructionFailed(message: "default \(attribute.name): " + collectedMessage())
        }
    }

    private static func set(_ attributes: [GraphvizGraph.Attribute], on object: UnsafeMutableRawPointer, what: String)
        throws(RenderError)
    {
        for attribute in attributes where mekong_ag_set(object, attribute.name, attribute.value) != 0 {
            throw .graphConstructionFailed(message: "\(what), attribute \(attribute.name): " + collectedMessage())
        }
    }

    /// What Graphviz said, one message per line, without the trailing newline.
    private static func collectedMessage() -> String {
        messages.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
