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
        guard let root = mekong_ag_open(graph.name) else {
            throw .graphConstructionFailed(message: collectedMessage())
        }
        defer { agclose(root) }
        try build(graph, into: root)

        switch output {
        case .source:
            var data: UnsafeMutablePointer<CChar>?
            var length = 0
            guard mekong_ag_write(root, &data, &length) == 0, let data else {
                throw .renderFailed(format: "dot", message: collectedMessage())
            }
            defer { mekong_gv_free_written(data) }
            return Array(UnsafeRawBufferPointer(start: data, count: length))
        case .rendered(let engine, let format):
            guard gvLayout(context, root, engine) == 0 else {
                throw .layoutFailed(engine: engine, message: collectedMessage())
            }
            // Deferred blocks run in reverse: render data, then layout, then the graph, then the context.
            defer { gvFreeLayout(context, root) }
            var data: UnsafeMutablePointer<CChar>?
            var length = 0
            let status = mekong_gv_render_data(context, root, format, &data, &length)
            defer { mekong_gv_free_render_data(data) }
            guard status == 0, let data else { throw .renderFailed(format: format, message: collectedMessage()) }
            return Array(UnsafeRawBufferPointer(start: data, count: length))
        }
    }

    private static func build(_ graph: GraphvizGraph, into root: UnsafeMutablePointer<Agraph_t>) throws(RenderError) {
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
        for edge in graph.edges {
            guard let tail = nodes[edge.tail], let head = nodes[edge.head] else {
                throw .graphConstructionFailed(message: "edge \(edge.tail) -> \(edge.head) has an end that is not a node")
            }
            guard let handle = mekong_ag_edge(root, tail, head) else {
                throw .graphConstructionFailed(message: "edge \(edge.tail) -> \(edge.head): " + collectedMessage())
            }
            try set(edge.attributes, on: UnsafeMutableRawPointer(handle), what: "edge \(edge.tail) -> \(edge.head)")
        }
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
