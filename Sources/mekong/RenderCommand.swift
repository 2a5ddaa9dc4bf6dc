import ArgumentParser
import Foundation
import MekongKit

extension RenderFormat: ExpressibleByArgument {}
extension GraphLayout: ExpressibleByArgument {}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Draw the graph (or a part of it) through Graphviz.",
        discussion: """
            Each entity type has its own shape and colour; edges are labelled with the predicate and its title \
            or date, and carry the evidence sentence as a tooltip (visible in SVG). Formats: svg, png, pdf, dot. \
            Layouts: dot, neato, fdp, sfdp, circo.

            With --focus or --article only that part of the store is read; without them the whole graph is \
            loaded and drawn.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Option(name: .long, help: "Draw only the entities around this one.") var focus: String?
    @Option(name: .long, parsing: .unconditional, help: "Hops around --focus (1 or more).") var depth = 2
    @Option(name: .long, help: "Draw only what this article contributed (its id; see `mekong export`).") var article: String?
    @Option(name: .long, help: "Graphviz layout engine.") var layout: GraphLayout = .dot
    @Option(name: .long, help: "Output format (default: from the file name, else svg).") var format: RenderFormat?
    @Option(name: [.customShort("o"), .long], help: "The file to write, or - for standard output.") var output: String
    @Flag(name: .long, help: "Also draw dates and other non-core entities that no relation touches.")
    var allEntities = false

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be 1 or more.") }
    }

    func run() throws {
        try UserFacingError.reporting {
            var part = try GraphSelection(focus: focus, depth: depth, article: article).load(from: storeOptions.openExisting())
            if !allEntities { part = part.droppingIsolatedAuxiliaryEntities() }
            let chosen = format ?? RenderFormat(rawValue: (output as NSString).pathExtension.lowercased()) ?? .svg
            let bytes = try GraphvizRenderer().render(part, options: RenderOptions(layout: layout, format: chosen))
            try Output.write(bytes, to: output)
        }
    }
}
