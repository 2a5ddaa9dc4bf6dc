import ArgumentParser
import MekongKit

struct CurateMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Make two entities one: the second is merged into the first.",
        discussion: """
            The first keeps its name and id; every name of the second becomes an alias, its mentions and evidence \
            move to the first, and its relations are rewritten to the first (a relation both had keeps the evidence \
            of both; one between the two is dropped).
            """)

    @Argument(help: ArgumentHelp("The entity that stays (name, alias or id).", valueName: "keep")) var keep: String
    @Argument(help: ArgumentHelp("The entity merged into it.", valueName: "other")) var other: String
    @OptionGroup var options: CurateOptions

    func run() throws {
        try UserFacingError.reporting {
            try options.report(options.curator().merge(keep: keep, other: other, type: options.entityType))
        }
    }
}
