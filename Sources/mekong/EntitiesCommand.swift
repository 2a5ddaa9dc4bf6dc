import ArgumentParser
import MekongKit

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities", abstract: "List entities, optionally of one type or matching a search.",
        discussion: """
            The search ignores case and every Vietnamese diacritic, đ included: "duc thang" finds "Đức Thắng", \
            "tinh uy an giang" finds "Tỉnh ủy An Giang". Types: organization, person, place, document, date, or a \
            plugin's own.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Option(name: .long, help: "Only entities of this type.") var type: String?
    @Option(name: .long, help: "Only entities whose name or alias contains this text.") var search: String?
    @Flag(name: .long, help: "Print JSON (docs/cli-json.md).") var json = false

    func validate() throws {
        try KnownNames.checkType(type)
    }

    func run() throws {
        try UserFacingError.reporting {
            let found = try storeOptions.openForQueries().entities(type: type.map { EntityType($0) }, search: search)
            if json { return try Output.document(EntityListJSON(found)) }
            if found.isEmpty { Output.line("No entities match.") }
            for entity in found {
                let aliases = entity.aliases.isEmpty ? "" : "  (also: \(entity.aliases.prefix(4).joined(separator: "; ")))"
                let type = entity.type.rawValue
                let column = type.count >= 12 ? type : type.padding(toLength: 12, withPad: " ", startingAt: 0)
                Output.line("\(column) \(entity.name)\(aliases)  [\(entity.id)]")
            }
        }
    }
}
