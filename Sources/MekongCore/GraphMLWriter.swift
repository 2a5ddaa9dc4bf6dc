import Foundation

/// Writes the graph as GraphML (`docs/export-format.md`): one node per entity and one directed edge per
/// relation, with the attributes of ``ExportAttributes``; networkx, yEd, Gephi and Cytoscape read it.
///
/// Articles are not written. The output is XML 1.0 in UTF-8, the same bytes for the same store.
public struct GraphMLWriter: GraphStreamWriter {
    private var output: ChunkedOutput
    private var started = false
    private var inEdges = false

    /// A writer that hands its output to `write`.
    public init(write: @escaping (Data) throws -> Void) {
        output = ChunkedOutput(write: write)
    }

    /// Articles are not part of the GraphML export.
    public mutating func article(_ record: GraphExport.ArticleRecord) throws {}

    /// Adds an entity as a node.
    public mutating func entity(_ entity: Entity) throws {
        try start()
        try output.append("    <node id=\"\(XMLText.escaped(entity.id))\">\n")
        try data(ExportAttributes.entityColumns, ExportAttributes.values(of: entity), prefix: "n_")
        try output.append("    </node>\n")
    }

    /// Adds a relation as an edge from its subject to its object.
    public mutating func relation(_ relation: Relation) throws {
        try start()
        try output.append(
            "    <edge id=\"\(XMLText.escaped(relation.id))\" source=\"\(XMLText.escaped(relation.subject))\" "
                + "target=\"\(XMLText.escaped(relation.object))\">\n")
        try data(ExportAttributes.relationColumns, ExportAttributes.values(of: relation), prefix: "e_")
        try output.append("    </edge>\n")
    }

    /// Closes the document and flushes it.
    public mutating func finish() throws {
        try start()
        try output.append("  </graph>\n</graphml>\n")
        try output.flush()
    }

    private mutating func data(_ columns: [ExportAttributes.Column], _ values: [String?], prefix: String) throws {
        for (column, value) in zip(columns, values) {
            guard let value else { continue }
            try output.append("      <data key=\"\(prefix)\(column.name)\">\(XMLText.escaped(value))</data>\n")
        }
    }

    /// The header and the key declarations, once.
    private mutating func start() throws {
        guard !started else { return }
        started = true
        var header = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for (scope, prefix, columns) in [
            ("node", "n_", ExportAttributes.entityColumns), ("edge", "e_", ExportAttributes.relationColumns),
        ] {
            for column in columns {
                let type = switch column.kind {
                case .string: "string"
                case .integer: "int"
                case .double: "double"
                }
                header += "  <key id=\"\(prefix)\(column.name)\" for=\"\(scope)\" attr.name=\"\(column.name)\" "
                    + "attr.type=\"\(type)\"/>\n"
            }
        }
        header += "  <graph id=\"mekong\" edgedefault=\"directed\">\n"
        try output.append(header)
    }
}
