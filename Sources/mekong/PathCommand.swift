import ArgumentParser
import MekongKit

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path", abstract: "Show the shortest chain of relations between two entities.",
        discussion: """
            Each step is printed with the post's title and the first sentence that states it (its article's date \
            and outlet before it). A chain goes either way along a relation. --avoid keeps a chain from passing \
            through an entity, and --max-degree from passing through any entity with more relations than N, so \
            that a path does not always go through the same hub; the two ends are never excluded.

            Examples:
              mekong path "Hoàng Phúc Lâm" "An Giang"
              mekong path "Hoàng Phúc Lâm" "An Giang" --avoid "Học viện Chính trị quốc gia Hồ Chí Minh"
              mekong path "Lê Văn Nưng" "Bộ Chính trị" --max-degree 50 --all-shortest
            """)

    /// The most chains `--all-shortest` prints.
    static let maxChains = 20

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The first entity's name, alias or id.") var from: String
    @Argument(help: "The second entity's name, alias or id.") var to: String
    @Option(
        name: .long, parsing: .singleValue,
        help: ArgumentHelp("Pass not through this entity (repeat for several).", valueName: "name"))
    var avoid: [String] = []
    @Option(name: .long, help: ArgumentHelp("Pass only through entities with at most N relations.", valueName: "N"))
    var maxDegree: Int?
    @Flag(name: .long, help: "Print every shortest chain (up to 20), not only the first.") var allShortest = false
    @Flag(name: .long, help: "Print JSON (docs/cli-json.md).") var json = false

    func validate() throws {
        if let maxDegree, maxDegree < 1 { throw ValidationError("--max-degree must be 1 or more.") }
    }

    func run() throws {
        try UserFacingError.reporting {
            let store = try storeOptions.openForQueries()
            let start = try store.resolve(from)
            let goal = try store.resolve(to)
            var avoided: Set<String> = []
            for name in avoid {
                let entity = try store.resolve(name)
                if entity.id == start.id || entity.id == goal.id {
                    throw ValidationError("--avoid \(name) names an end of the path (\(entity.name)); a path cannot avoid its ends.")
                }
                avoided.insert(entity.id)
            }
            let constraints = PathConstraints(avoiding: avoided, maxDegree: maxDegree)
            let limit = allShortest ? Self.maxChains + 1 : 1
            guard let chains = try store.shortestPaths(from: start.id, to: goal.id, constraints: constraints, limit: limit) else {
                if json {
                    try Output.document(PathJSON(from: start, to: goal, paths: []))
                } else {
                    let excluded = constraints.isEmpty ? "" : " that passes only through the entities allowed (--avoid, --max-degree)"
                    Output.line("No path between \(start.name) and \(goal.name)\(excluded).")
                }
                throw ExitCode(1)
            }
            let described = try chains.prefix(Self.maxChains).map { try RelationJSON.list($0, from: store) }
            if json { return try Output.document(PathJSON(from: start, to: goal, paths: described)) }
            if start.id == goal.id {
                // The empty chain: say so, rather than print nothing.
                return Output.line("\(start.name) and \(goal.name) are the same entity (\(start.id)); the path is empty.")
            }
            for (number, chain) in described.enumerated() {
                if allShortest { Output.line((number == 0 ? "" : "\n") + "Path \(number + 1):") }
                for relation in chain {
                    Output.line(RelationLine.text(relation))
                    if let evidence = relation.evidence.first { Output.line(RelationLine.evidence(evidence)) }
                }
            }
            if chains.count > Self.maxChains {
                Output.line("\nMore than \(Self.maxChains) shortest paths; narrow them with --avoid or --max-degree.")
            }
        }
    }
}
