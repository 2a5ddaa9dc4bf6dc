import ArgumentParser
import MekongKit

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path", abstract: "Show the shortest chain of relations between two entities.")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The first entity's name, alias or id.") var from: String
    @Argument(help: "The second entity's name, alias or id.") var to: String
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        try UserFacingError.reporting {
            let graph = try storeOptions.openExisting().loadGraph()
            let start = try graph.resolve(from)
            let goal = try graph.resolve(to)
            if start.id == goal.id {
                // The empty chain: say so, rather than print nothing.
                if json { return try Output.json([Relation]()) }
                return Output.line("\(start.name) and \(goal.name) are the same entity (\(start.id)); the path is empty.")
            }
            guard let chain = graph.shortestPath(from: start.id, to: goal.id) else {
                if json { try Output.json([Relation]()) } else { Output.line("No path between \(start.name) and \(goal.name).") }
                throw ExitCode(1)
            }
            if json { return try Output.json(chain) }
            for relation in chain {
                let subject = graph.entity(id: relation.subject)?.name ?? relation.subject
                let object = graph.entity(id: relation.object)?.name ?? relation.object
                Output.line("\(subject) —\(relation.predicate)→ \(object)")
            }
        }
    }
}
