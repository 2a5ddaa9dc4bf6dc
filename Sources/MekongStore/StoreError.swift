import Foundation

/// What can go wrong when opening, reading or writing a graph store.
///
/// Every case about a file carries the store's path (`:memory:` for an in-memory store) and its message says
/// what the user can do about it.
public enum StoreError: LocalizedError, Sendable, Equatable {
    /// A date asked for (`--since`, `--until`) is not an ISO 8601 day that exists.
    case invalidDate(String)
    /// The file could not be opened or created (missing directory, no permission, locked, …).
    case cannotOpen(path: String, reason: String)
    /// The file exists but is not a SQLite database, or is a SQLite database that Mekong did not create.
    case notAMekongStore(path: String)
    /// The store was written by a newer version of Mekong whose schema this version does not know.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The store holds data this version cannot read (a damaged file or a hand-edited row).
    case corrupted(path: String, detail: String)
    /// Reading or writing failed after the store was opened (disk full, file locked by another process, …).
    case storageFailure(path: String, reason: String)
    /// An import was refused because the store already holds articles or entities.
    case notEmpty(path: String)

    /// One line that says what went wrong and what to do about it.
    public var errorDescription: String? {
        switch self {
        case .invalidDate(let text):
            return "'\(text)' is not a date. Write it as YYYY-MM-DD, for example 2021-04-29."
        case .cannotOpen(let path, let reason):
            return "Cannot open or create the store at \(path): \(reason). "
                + "Check that the directory exists and is writable."
        case .notAMekongStore(let path):
            return "The file at \(path) is not a Mekong store. "
                + "Give the path of a store created by `mekong ingest`, or a new file name to create one."
        case .newerSchema(let path, let unknown):
            return "The store at \(path) was written by a newer version of Mekong "
                + "(unknown schema steps: \(unknown.joined(separator: ", "))). "
                + "Upgrade Mekong to read it, or ingest the articles into a new store."
        case .corrupted(let path, let detail):
            return "The store at \(path) holds data Mekong cannot read (\(detail)). "
                + "Re-create it by ingesting the articles into a new store."
        case .storageFailure(let path, let reason):
            return "Reading or writing the store at \(path) failed: \(reason). "
                + "Check that the disk is not full and that no other program holds the file locked, then retry."
        case .notEmpty(let path):
            return "The store at \(path) is not empty; an export is imported only into an empty store. "
                + "Give a new file name with --store."
        }
    }
}
