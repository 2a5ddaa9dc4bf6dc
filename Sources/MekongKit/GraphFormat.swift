import Foundation

/// The file formats `mekong export` writes for other tools (`docs/export-format.md`); DOT is the renderer's.
public enum GraphFormat: String, CaseIterable, Sendable {
    /// The JSON export (``GraphExport``), which `mekong import` reads back.
    case json
    /// GraphML (networkx, yEd, Gephi, Cytoscape).
    case graphml
    /// GEXF 1.2, Gephi's format.
    case gexf
    /// The CSV files of `neo4j-admin database import`: `nodes.csv` and `relationships.csv` in a folder.
    case neo4j
    /// RDF in Turtle.
    case turtle
    /// RDF in N-Triples.
    case ntriples

    /// The files of a format written into a folder rather than to one file (`neo4j`), or nil.
    public var folderFiles: [String]? {
        self == .neo4j ? ["nodes.csv", "relationships.csv"] : nil
    }

    /// Writes the graph in this format: the whole store when `selection` is nil, streamed in bounded memory
    /// row by row; otherwise the part that `selection` reads. `outputs` are the format's outputs in order, one
    /// `write` closure per file (two for ``neo4j``: ``folderFiles``). Every file ends with a line break.
    /// - Throws: what ``GraphSelection/load(from:)`` throws; ``StoreError``; whatever an output throws.
    public func write(
        _ store: any GraphQuerying & GraphStreamSource, selection: GraphSelection?, to outputs: [(Data) throws -> Void]
    ) throws {
        guard let selection else { return try write(whole: store, to: outputs) }
        try write(.part(GraphExport(graph: selection.load(from: store))), to: outputs)
    }

    /// Writes the whole graph of `source` (a SQLite or PostgreSQL store) in this format, streamed in bounded
    /// memory; `outputs` as for ``write(_:selection:to:)``.
    /// - Throws: what the store throws when it cannot be read; whatever an output throws.
    public func write(whole source: any GraphStreamSource, to outputs: [(Data) throws -> Void]) throws {
        try write(.stream(source), to: outputs)
    }

    /// Where the records come from: a store read row by row, or a part already in memory.
    private enum Source {
        case stream(any GraphStreamSource)
        case part(GraphExport)
    }

    private func write(_ source: Source, to outputs: [(Data) throws -> Void]) throws {
        precondition(outputs.count == (folderFiles?.count ?? 1), "GraphFormat.write: one output per file")
        func run<Writer: GraphStreamWriter>(
            _ make: (_ output: @escaping (@escaping (Data) throws -> Void) -> (Data) throws -> Void) -> Writer
        ) throws {
            switch source {
            case .stream(let store): try store.writeGraph(make)
            case .part(let part):
                var writer = make { $0 }
                try writer.write(part)
            }
        }
        switch self {
        case .json:
            try run { output in GraphExportWriter(write: output(outputs[0])) }
            try outputs[0](Data("\n".utf8))
        case .graphml: try run { output in GraphMLWriter(write: output(outputs[0])) }
        case .gexf: try run { output in GEXFWriter(write: output(outputs[0])) }
        case .neo4j: try run { output in Neo4jCSVWriter(nodes: output(outputs[0]), relationships: output(outputs[1])) }
        case .turtle: try run { output in RDFWriter(syntax: .turtle, write: output(outputs[0])) }
        case .ntriples: try run { output in RDFWriter(syntax: .nTriples, write: output(outputs[0])) }
        }
    }
}
