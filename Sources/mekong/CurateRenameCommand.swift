import ArgumentParser
import MekongKit

struct CurateRenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename", abstract: "Give an entity a new canonical name (a cut name made whole).",
        discussion: "The old name stays an alias. A name another entity of the type has is refused: merge them instead.")

    @Argument(help: ArgumentHelp("The entity (name, alias or id).", valueName: "entity")) var entity: String
    @Argument(help: ArgumentHelp("Its new name.", valueName: "new-name")) var newName: String
    @OptionGroup var options: CurateOptions

    func run() throws {
        try UserFacingError.reporting {
            try options.report(options.curator().rename(entity, to: newName, type: options.entityType))
        }
    }
}
