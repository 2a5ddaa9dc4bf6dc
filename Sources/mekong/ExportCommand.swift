import ArgumentParser
import Foundation
import MekongKit

/// What `export` can write.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, dot
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the graph as JSON (docs/export-format.md) or DOT.",
        discussion: """
            The same --focus/--depth/--article filters as `render` select a part of the graph, and only that part \
            is read. The whole graph as JSON is written while it is read, in bounded memory whatever the size \
            of the store; DOT of the whole graph is drawn in memory.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Option(name: .long, help: "json or dot.") var format: ExportFormat = .json
    @Option(name: .long, help: "Export only the entities around this one.") var focus: String?
    @Option(name: .long, parsing: .unconditional, help: "Hops around --focus (1 or more).") var depth = 2
    @Option(name: .long, help: "Export only what this article contributed.") var article: String?
    @Option(name: [.customShort("o"), .long], help: "The file to write (default: standard output).") var output = "-"

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be 1 or more.") }
    }

    func run() throws {
        try UserFacingError.reporting {
            let store = try storeOptions.openExisting()
            if format == .json && focus == nil && article == nil {
                // The whole graph: streamed, so memory stays bounded whatever the size of the store.
                return try Output.stream(to: output) { write in
                    try store.writeExport(to: write)
                    try write(Data("\n".utf8))
                }
            }
            let part = try GraphSelection(focus: focus, depth: depth, article: article).load(from: store)
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                try Output.write(Array(try encoder.encode(GraphExport(graph: part))) + Array("\n".utf8), to: output)
            case .dot:
                try Output.write(try GraphvizRenderer().render(part, options: RenderOptions(format: .dot)), to: output)
            }
        }
    }
}
