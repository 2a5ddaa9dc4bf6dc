import ArgumentParser
import MekongKit

/// The store, `--type` and `--json` of every `mekong curate` command that records a curation.
struct CurateOptions: ParsableArguments {
    @OptionGroup var storeOptions: StoreOptions
    @Option(name: .long, help: ArgumentHelp(
        "Only entities of this type (when a name is shared by entities of several types).", valueName: "type"))
    var type: String?
    @Flag(name: .long, help: "Print JSON (docs/cli-json.md).") var json = false

    func validate() throws { try KnownNames.checkType(type) }

    /// The type asked for.
    var entityType: EntityType? { type.map { EntityType($0) } }

    /// The curator of the store (which must exist).
    func curator() throws -> Curator {
        try Curator(store: storeOptions.openForCuration())
    }

    /// Prints what a curation did: one line, then the entities it leaves.
    func report(_ outcome: Curator.Outcome) throws {
        if json { return try Output.document(CurationOutcomeJSON(outcome)) }
        let effect = outcome.changed ? "" : " (the store already read so; recorded for later ingests)"
        Output.line("\(outcome.number). \(outcome.entry.curation.summary)\(effect)")
        for entity in outcome.entities {
            let aliases = entity.aliases.isEmpty ? "" : "  (also: \(entity.aliases.joined(separator: "; ")))"
            Output.line("  \(entity.type) \(entity.name)\(aliases)  [\(entity.id)], \(entity.mentions.count) mention(s)")
        }
    }
}
