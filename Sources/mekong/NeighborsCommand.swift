import ArgumentParser
import MekongKit

struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors", abstract: "List the entities within N hops of an entity.",
        discussion: """
            \(PostTimeOptions.explanation) The hops are walked first, then the relations found are judged.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp("An entity's name, alias or id.", valueName: "name")) var name: String
    // Unconditional, so that `--depth -1` reaches validate() instead of reading as an unknown option.
    @Option(name: .long, parsing: .unconditional, help: "How many hops to follow (1 or more).") var depth = 1
    @Option(name: .long, help: "Follow only this predicate (repeatable), e.g. holds_position.") var predicate: [String] = []
    @OptionGroup var postTime: PostTimeOptions
    @Flag(name: .long, help: "Print JSON (docs/cli-json.md).") var json = false

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be 1 or more.") }
        try KnownNames.checkPredicates(predicate)
    }

    func run() throws {
        try UserFacingError.reporting {
            let store = try storeOptions.openForQueries()
            let entity = try store.resolve(name)
            let predicates = predicate.isEmpty ? nil : Set(predicate.map { Predicate($0) })
            if json {
                let part = try store.neighborhood(of: entity.id, depth: depth, predicates: predicates)
                let relations = postTime.apply(to: try RelationJSON.list(part.relations, from: store))
                let kept = Set(relations.flatMap { [$0.subject.id, $0.object.id] } + [entity.id])
                let entities = postTime.isSet ? part.entities.filter { kept.contains($0.id) } : part.entities
                return try Output.document(NeighborhoodJSON(entity: entity, depth: depth, entities: entities, relations: relations))
            }
            var relations = try store.neighborhoodRelations(of: entity.id, depth: depth, predicates: predicates)
            if postTime.isSet {
                let held = Set(postTime.apply(to: try RelationJSON.list(relations, from: store)).map(\.id))
                relations = relations.filter { held.contains($0.id) }
            }
            let names = try store.entityNames(relations.flatMap { [$0.subject, $0.object] })
            for relation in relations {
                let subject = names[relation.subject] ?? relation.subject
                let object = names[relation.object] ?? relation.object
                let title = relation.attributes["title"].map { " (\($0))" } ?? ""
                Output.line("\(subject) —\(relation.predicate)\(title)→ \(object)")
            }
            if relations.isEmpty { Output.line("\(entity.name) has no relations.") }
        }
    }
}
