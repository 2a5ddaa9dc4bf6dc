import ArgumentParser
import MekongKit

struct CurateAliasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias", abstract: "Give an entity another name.",
        discussion: """
            Articles that use the alias then resolve to the entity; an entity of the same type named the alias \
            is merged into it.
            """)

    @Argument(help: ArgumentHelp("The entity (name, alias or id).", valueName: "entity")) var entity: String
    @Argument(help: ArgumentHelp("The other name.", valueName: "alias")) var alias: String
    @OptionGroup var options: CurateOptions

    func run() throws {
        try UserFacingError.reporting {
            try options.report(options.curator().alias(entity, alias: alias, type: options.entityType))
        }
    }
}
