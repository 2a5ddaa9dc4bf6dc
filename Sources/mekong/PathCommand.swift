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
            let store = try storeOptions.openExisting()
            let start = try store.resolve(from)
            let goal = try store.resolve(to)
            if start.id == goal.id {
                // The empty chain: say so, rather than print nothing.
                if json { return try Output.json([Relation]()) }
                return Output.line("\(start.name) and \(goal.name) are the same entity (\(start.id)); the path is empty.")
            }
            guard let chain = try store.shortestPath(from: start.id, to: goal.id) else {
                if json { try Output.json([Relation]()) } else { Output.line("No path between \(start.name) and \(goal.name).") }
                throw ExitCode(1)
            }
            if json { return try Output.json(chain) }
            let names = try store.entityNames(chain.flatMap { [$0.subject, $0.object] })
            for relation in chain {
                let subject = names[relation.subject] ?? relation.subject
                let object = names[relation.object] ?? relation.object
                Output.line("\(subject) —\(relation.predicate)→ \(object)")
            }
        }
    }
}
