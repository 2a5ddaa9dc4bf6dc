import ArgumentParser
import Foundation
import MekongKit

struct CurateListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the curations of the store, oldest first, numbered for `curate undo N`.")

    @OptionGroup var storeOptions: StoreOptions
    @Flag(name: .long, help: "Print JSON (docs/cli-json.md).") var json = false

    func run() throws {
        try UserFacingError.reporting {
            let file: String, entries: [CurationEntry]
            if storeOptions.isPostgres {
                // A read: the store is not migrated (an older one says how to migrate it).
                let store = try PostgresGraphStore(location: storeOptions.postgresLocation(), migrating: false)
                (file, entries) = (store.curationsPlace ?? storeOptions.path, try store.curationEntries())
            } else {
                guard let path = CurationFile.path(forStore: storeOptions.path) else { throw CurationError.noFile }
                (file, entries) = (path, try CurationFile.read(at: path))
            }
            if json { return try Output.document(CurationListJSON(file: file, entries: entries)) }
            if entries.isEmpty { return Output.line("No curations (\(file) does not list any).") }
            for (index, entry) in entries.enumerated() {
                Output.line("\(index + 1). \(entry.date)  \(entry.curation.summary)")
            }
        }
    }
}
