import ArgumentParser
import MekongKit

struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins", abstract: "List the registered extractors, in the order the pipeline runs them.")

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
            let pipeline = try Pipeline(extractors: BuiltInExtractors.registry().extractors)
            let rows = pipeline.ordered.map(\.descriptor).map {
                Row(id: $0.id, version: $0.version, kind: $0.kind.rawValue, summary: $0.summary,
                    consumes: $0.consumes.map(\.rawValue).sorted(), produces: $0.produces.map(\.rawValue).sorted())
            }
            if json { return try Output.json(rows) }
            for row in rows {
                print("\(row.id) \(row.version) [\(row.kind)] — \(row.summary)")
                print("    consumes: \(row.consumes.isEmpty ? "text" : row.consumes.joined(separator: ", "))")
                print("    produces: \(row.produces.joined(separator: ", "))")
            }
        }
    }
}
