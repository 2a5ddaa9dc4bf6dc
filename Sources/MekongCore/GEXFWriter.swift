import Foundation

/// Writes the graph as GEXF 1.2 (`docs/export-format.md`), Gephi's format: one node per entity labelled with
/// its name and one directed edge per relation labelled with its predicate, with the attributes of
/// ``ExportAttributes`` declared as GEXF attributes; Gephi and networkx read it.
///
/// Articles are not written. The output is XML 1.0 in UTF-8, the same bytes for the same store.
public struct GEXFWriter: GraphStreamWriter {
    private var output: ChunkedOutput
    private var section: Section = .none

    private enum Section { case none, nodes, edges }

    /// A writer that hands its output to `write`.
    public init(write: @escaping (Data) throws -> Void) {
        output = ChunkedOutput(write: write)
    }

    /// Articles are not part of the GEXF export.
    public mutating func article(_ record: GraphExport.ArticleRecord) throws {}

    /// Adds an entity as a node.
    public mutating func entity(_ entity: Entity) throws {
        try open(.nodes)
        try output.append("      <node id=\"\(XMLText.escaped(entity.id))\" label=\"\(XMLText.escaped(entity.name))\">\n")
        try attributeValues(ExportAttributes.entityColumns, ExportAttributes.values(of: entity))
        try output.append("      </node>\n")
    }

    /// Adds a relation as an edge from its subject to its object.
    public mutating func relation(_ relation: Relation) throws {
        try open(.edges)
        try output.append(
            "      <edge id=\"\(XMLText.escaped(relation.id))\" source=\"\(XMLText.escaped(relation.subject))\" "
                + "target=\"\(XMLText.escaped(relation.object))\" label=\"\(XMLText.escaped(relation.predicate.rawValue))\">\n")
        try attributeValues(ExportAttributes.relationColumns, ExportAttributes.values(of: relation))
        try output.append("      </edge>\n")
    }

    /// Closes the document and flushes it.
    public mutating func finish() throws {
        try open(.edges)
        try output.append("    </edges>\n  </graph>\n</gexf>\n")
        try output.flush()
    }

    private mutating func attributeValues(_ columns: [ExportAttributes.Column], _ values: [String?]) throws {
        try output.append("        <attvalues>\n")
        for (column, value) in zip(columns, values) {
            guard let value else { continue }
            try output.append("          <attvalue for=\"\(column.name)\" value=\"\(XMLText.escaped(value))\"/>\n")
        }
        try output.append("        </attvalues>\n")
    }

    /// Writes what comes before `wanted`: the header and attribute declarations, `<nodes>`, `<edges>`.
    private mutating func open(_ wanted: Section) throws {
        if section == .none {
            var header = """
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
                  <meta>
                    <creator>Mekong</creator>
                  </meta>
                  <graph mode="static" defaultedgetype="directed">

                """
            for (scope, columns) in [("node", ExportAttributes.entityColumns), ("edge", ExportAttributes.relationColumns)] {
                header += "    <attributes class=\"\(scope)\">\n"
                for column in columns {
                    let type = switch column.kind {
                    case .string: "string"
                    case .integer: "integer"
                    case .double: "double"
                    }
                    header += "      <attribute id=\"\(column.name)\" title=\"\(column.name)\" type=\"\(type)\"/>\n"
                }
                header += "    </attributes>\n"
            }
            try output.append(header + "    <nodes>\n")
            section = .nodes
        }
        if section == .nodes && wanted == .edges {
            try output.append("    </nodes>\n    <edges>\n")
            section = .edges
        }
    }
}
