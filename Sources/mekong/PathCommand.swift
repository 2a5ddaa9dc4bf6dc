import ArgumentParser
import MekongKit

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path", abstract: "Show the shortest chain of relations between two entities.")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The first entity's name, alias or id.") var from: String
    @Argument(help: "The second entity's name, alias or id.") var to: String
    @Flag(name: .long, help: "Print JSON (docs/cli-json.md).") var json = false

    func run() throws {
        try UserFacingError.reporting {
            let store = try storeOptions.openExisting()
            let start = try store.resolve(from)
            let goal = try store.resolve(to)
            if start.id == goal.id {
                // The empty chain: say so, rather than print nothing.
                if json { return try Output.document(PathJSON(from: start, to: goal, paths: [[]])) }
                return Output.line("\(start.name) and \(goal.name) are the same entity (\(start.id)); the path is empty.")
            }
            guard let chain = try store.shortestPath(from: start.id, to: goal.id) else {
                if json {
                    try Output.document(PathJSON(from: start, to: goal, paths: []))
                } else {
                    Output.line("No path between \(start.name) and \(goal.name).")
                }
                throw ExitCode(1)
            }
            let described = try RelationJSON.list(chain, from: store)
            if json { return try Output.document(PathJSON(from: start, to: goal, paths: [described])) }
            for relation in described { Output.line(RelationLine.text(relation)) }
        }
    }
}
