import ArgumentParser
import Foundation
import MekongKit

struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins", abstract: "List the extractors, or scaffold a new one.",
        discussion: """
            Extractors come in four kinds: built-in Swift extractors in Plugins/, YAML rule packs (--rules), \
            external process plugins speaking JSON Lines (--plugin manifest.json) and compiled plugins loaded at \
            run time (--plugin libX.so). Plugins/README.md explains each.
            """,
        subcommands: [PluginsListCommand.self, PluginsNewCommand.self], defaultSubcommand: PluginsListCommand.self)
}

struct PluginsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List every extractor in the order the pipeline runs them.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var pluginOptions: PluginOptions
    @Flag(name: .long, help: "Print JSON.") var json = false

    struct Row: Encodable {
        var id: String
        var version: String
        var kind: String
        var summary: String
        var consumes: [String]
        var produces: [String]
    }

    func run() throws {
        try UserFacingError.reporting {
            let pipeline = try Pipeline(extractors: pluginOptions.extractors(storePath: storeOptions.path))
            let rows = pipeline.ordered.map(\.descriptor).map {
                Row(id: $0.id, version: $0.version, kind: $0.kind.rawValue, summary: $0.summary,
                    consumes: $0.consumes.map(\.rawValue).sorted(), produces: $0.produces.map(\.rawValue).sorted())
            }
            if json { return try Output.json(rows) }
            for row in rows {
                Output.line("\(row.id) \(row.version) [\(row.kind)] — \(row.summary)")
                Output.line("    consumes: \(row.consumes.isEmpty ? "text" : row.consumes.joined(separator: ", "))")
                Output.line("    produces: \(row.produces.joined(separator: ", "))")
            }
        }
    }
}

struct PluginsNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Scaffold a Swift extractor in Plugins/NAME, registered and tested.",
        discussion: """
            Run it at the root of the Mekong repository. It writes Plugins/NAME/NAME.swift (a documented skeleton), \
            Tests/NAMETests/NAMETests.swift, adds the targets to Package.swift and the registration to \
            Sources/MekongKit/BuiltInExtractors.swift. `make test` passes right after; then fill in extract(from:).
            """)

    @Argument(help: ArgumentHelp("The plugin's name in UpperCamelCase, e.g. AcmeProducts.", valueName: "name"))
    var name: String
    @Option(name: .long, help: "The extractor id (default: the name in dotted lower case, e.g. acme.products).")
    var id: String?
    @Option(name: .long, help: "The repository root.") var root = "."

    func run() throws {
        try UserFacingError.reporting {
            let written = try PluginScaffolder(root: root).scaffold(name: name, id: id)
            Output.line("Created:")
            for path in written.created { Output.line("  \(path)") }
            Output.line("Edited:")
            for path in written.edited { Output.line("  \(path)") }
            Output.line("Next: fill in extract(from:) in \(written.created.first ?? ""), then run `make test`.")
        }
    }
}
