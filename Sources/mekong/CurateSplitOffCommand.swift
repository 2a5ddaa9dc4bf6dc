import ArgumentParser
import MekongKit

struct CurateSplitOffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split-off", abstract: "Make one alias of an entity an entity of its own.",
        discussion: """
            The mentions written that way move to a new entity of the same type named the alias, with the evidence \
            of the sentences that name the entity only that way.
            """)

    @Argument(help: ArgumentHelp("The entity (name, alias or id).", valueName: "entity")) var entity: String
    @Argument(help: ArgumentHelp("The alias to split off.", valueName: "alias")) var alias: String
    @OptionGroup var options: CurateOptions

    func run() throws {
        try UserFacingError.reporting {
            try options.report(options.curator().splitOff(entity, alias: alias, type: options.entityType))
        }
    }
}
