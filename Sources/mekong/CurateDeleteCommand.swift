import ArgumentParser
import MekongKit

struct CurateDeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Remove an entity that is not one (\"Đại học Luật\" read from \"bằng Đại học Luật\").",
        discussion: "Its mentions and every relation it takes part in go with it; later ingests remove it again.")

    @Argument(help: ArgumentHelp("The entity (name, alias or id).", valueName: "entity")) var entity: String
    @OptionGroup var options: CurateOptions

    func run() throws {
        try UserFacingError.reporting {
            try options.report(options.curator().delete(entity, type: options.entityType))
        }
    }
}
