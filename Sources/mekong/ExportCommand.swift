import ArgumentParser
import Foundation
import MekongKit

/// What `export` can write: the formats of ``GraphFormat`` and the renderer's DOT.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, graphml, gexf, neo4j, turtle, ntriples, dot

    /// The library's format, or nil for DOT (drawn by the renderer).
    var graphFormat: GraphFormat? { GraphFormat(rawValue: rawValue) }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the graph for other tools: JSON, GraphML, GEXF, Neo4j CSV, RDF or DOT.",
        discussion: """
            Formats (docs/export-format.md): json (Mekong's own, read back by `mekong import`), graphml (networkx, \
            yEd, Cytoscape), gexf (Gephi), neo4j (nodes.csv and relationships.csv for `neo4j-admin database \
            import`, written into the folder given with -o), turtle and ntriples (RDF with schema.org and PROV-O), \
            dot (Graphviz). The same --focus/--depth/--article filters as `render` select a part of the graph, \
            and only that part is read. The whole graph is written while it is read, in bounded memory whatever \
            the size of the store, in every format but DOT, which is drawn in memory.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Option(name: .long, help: "The format (docs/export-format.md).") var format: ExportFormat = .json
    @Option(name: .long, help: "Export only the entities around this one.") var focus: String?
    @Option(name: .long, parsing: .unconditional, help: "Hops around --focus (1 or more).") var depth = 2
    @Option(name: .long, help: "Export only what this article contributed.") var article: String?
    @Option(
        name: [.customShort("o"), .long],
        help: "The file to write (default: standard output); for neo4j, the folder (created when missing).")
    var output = "-"

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be 1 or more.") }
        if format == .neo4j && output == "-" {
            throw ValidationError("--format neo4j writes two files: give their folder with -o, for example -o graph-neo4j.")
        }
    }

    func run() throws {
        try UserFacingError.reporting {
            let store: any GraphQuerying & GraphStreamSource = storeOptions.isPostgres
                ? try PostgresGraphStore(location: storeOptions.postgresLocation(), migrating: false) : try storeOptions.openExisting()
            let selection = focus == nil && article == nil
                ? nil : GraphSelection(focus: focus, depth: depth, article: article)
            guard let graphFormat = format.graphFormat else {
                let part = try (selection ?? GraphSelection(focus: nil, depth: depth, article: nil)).load(from: store)
                return try Output.write(try GraphvizRenderer().render(part, options: RenderOptions(format: .dot)), to: output)
            }
            guard let files = graphFormat.folderFiles else {
                return try Output.stream(to: output) { write in
                    try graphFormat.write(store, selection: selection, to: [write])
                }
            }
            try Output.createFolder(output)
            try Output.stream(to: (output as NSString).appendingPathComponent(files[0])) { first in
                try Output.stream(to: (output as NSString).appendingPathComponent(files[1])) { second in
                    try graphFormat.write(store, selection: selection, to: [first, second])
                }
            }
        }
    }
}
