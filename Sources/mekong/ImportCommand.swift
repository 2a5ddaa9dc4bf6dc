import ArgumentParser
import Foundation
import MekongKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Read a JSON export back into a new, empty store.",
        discussion: """
            FILE is a file written by `mekong export --format json` (version 1 or 2 of docs/export-format.md), or \
            - for standard input. The store must be new or empty: an import never merges into a store that holds \
            anything. Exporting the imported store gives the same bytes. The export carries no article text, so \
            the imported articles have none; the evidence keeps its sentences. On a PostgreSQL store (docs/postgres.md) \
            the database must hold no Mekong graph yet: this is how a SQLite store moves to PostgreSQL.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp("The JSON export to read, or - for standard input.", valueName: "file"))
    var file: String

    func run() throws {
        try UserFacingError.reporting {
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                do {
                    data = try Data(contentsOf: URL(fileURLWithPath: file))
                } catch {
                    throw UserFacingError(description: "Cannot read \(file): \(error.localizedDescription).")
                }
            }
            // The file is checked before the store is created, so a wrong file leaves no empty store behind.
            let export = try GraphImport.read(data)
            if storeOptions.isPostgres {
                try PostgresGraphStore(location: storeOptions.postgresLocation()).importGraph(export)
            } else {
                try storeOptions.open().importGraph(export)
            }
            Output.line("Imported \(export.articles.count) articles, \(export.entities.count) entities and "
                + "\(export.relations.count) relations into \(PostgresStoreError.hidingPassword(storeOptions.path)).")
        }
    }
}
