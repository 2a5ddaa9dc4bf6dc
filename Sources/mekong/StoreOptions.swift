import ArgumentParser
import Foundation
import MekongKit

/// `--store PATH`, shared by every command that reads or writes the graph.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The SQLite store file (created when missing), or a PostgreSQL database as postgres://USER@HOST[:PORT]/DB.",
        discussion: "Defaults to $MEKONG_STORE, else ./mekong.sqlite. Every command works on both (docs/postgres.md).",
        valueName: "path"))
    var store: String?

    /// The path in force: the option, the environment, or the default.
    var path: String { store ?? ProcessInfo.processInfo.environment["MEKONG_STORE"] ?? "mekong.sqlite" }

    /// Whether the store is a PostgreSQL database rather than a SQLite file.
    var isPostgres: Bool { PostgresLocation.isPostgres(path) }

    /// The PostgreSQL database the store names.
    func postgresLocation() throws -> PostgresLocation {
        try PostgresLocation(url: path)
    }

    /// Opens the store to write, creating it when missing (ingest).
    func open() throws -> GraphStore {
        try refusePostgres()
        return try GraphStore(path: path)
    }

    /// Every command works on a PostgreSQL store through its own path (docs/postgres.md); one that reaches the
    /// SQLite store with a URL is a mistake of Mekong's, said so rather than a file named after the URL.
    private func refusePostgres() throws {
        guard isPostgres else { return }
        let command = CommandLine.arguments.dropFirst().first ?? "this command"
        throw UserFacingError(description: "`mekong \(command)` opened \(PostgresStoreError.hidingPassword(path)) as a "
            + "SQLite file; this is a bug in Mekong. Please report it with the command line.")
    }

    /// Opens an existing store to ask the query commands' questions: a SQLite store read-only, or a PostgreSQL
    /// store (docs/postgres.md).
    func openForQueries() throws -> any GraphQuerying {
        guard isPostgres else { return try openExisting() }
        return try PostgresGraphStore(location: postgresLocation(), migrating: false)
    }

    /// Opens an existing store to curate it (docs/curation.md): a SQLite store, or a PostgreSQL store, migrated
    /// to this Mekong's schema if it is older (curations need the table of version 2).
    func openForCuration() throws -> any CuratedStore {
        guard isPostgres else {
            _ = try openExisting()
            return try open()
        }
        do {
            return try PostgresGraphStore(location: postgresLocation(), migrating: false)
        } catch PostgresStoreError.olderSchema {
            return try PostgresGraphStore(location: postgresLocation())
        }
    }

    /// Opens an existing store to read, read-only (so a store on read-only media or owned by another user
    /// can be queried): a missing file is an error, not a new empty store.
    func openExisting() throws -> GraphStore {
        try refusePostgres()
        guard FileManager.default.fileExists(atPath: path) else {
            throw UserFacingError(description: "No store at \(path). Ingest articles first (`mekong ingest --store \(path) FILES`), "
                + "or point --store or MEKONG_STORE at an existing store.")
        }
        return try GraphStore(readingAt: path)
    }
}
