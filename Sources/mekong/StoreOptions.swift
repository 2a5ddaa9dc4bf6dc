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

    func open() throws -> GraphStore {
        try GraphStore(path: path)
    }
}
