import ArgumentParser
import Foundation
import MekongKit

/// `--store PATH`, shared by every command that reads or writes the graph.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The SQLite store file (created when missing).", discussion: "Defaults to $MEKONG_STORE, else ./mekong.sqlite.",
        valueName: "path"))
    var store: String?

    /// The path in force: the option, the environment, or the default.
    var path: String { store ?? ProcessInfo.processInfo.environment["MEKONG_STORE"] ?? "mekong.sqlite" }

    /// Opens the store to write, creating it when missing (ingest).
    func open() throws -> GraphStore {
        try GraphStore(path: path)
    }

    /// Opens an existing store to read, read-only (so a store on read-only media or owned by another user
    /// can be queried): a missing file is an error, not a new empty store.
    func openExisting() throws -> GraphStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw UserFacingError(description: "No store at \(path). Ingest articles first (`mekong ingest --store \(path) FILES`), "
                + "or point --store or MEKONG_STORE at an existing store.")
        }
        return try GraphStore(readingAt: path)
    }
}
