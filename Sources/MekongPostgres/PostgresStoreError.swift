import Foundation

/// Why a PostgreSQL store could not be used, said so that the user knows what to do.
public enum PostgresStoreError: Error, Equatable, LocalizedError {
    /// The `--store` URL cannot be read.
    case badLocation(String, reason: String)
    /// No connection: the server is down, the address or credentials are wrong.
    case cannotConnect(PostgresLocation, reason: String)
    /// The database holds tables, but no Mekong schema.
    case notAMekongDatabase(PostgresLocation)
    /// The database was migrated by a newer Mekong; this one does not know its schema.
    case newerSchema(PostgresLocation, version: Int, known: Int)
    /// The database's text encoding is not UTF-8.
    case notUTF8(PostgresLocation, encoding: String)
    /// A read command found no Mekong store in the database.
    case noStore(PostgresLocation)
    /// A read command found a store of an older schema version (the next ingest or enqueue migrates it).
    case olderSchema(PostgresLocation, version: Int, known: Int)
    /// A statement failed on the server (a lost connection, a timeout, a full disk …): trying again may work.
    case failed(PostgresLocation, doing: String, reason: String)
    /// The server refused the data itself (a constraint, a value it cannot hold): trying again fails the same way.
    case rejected(PostgresLocation, doing: String, reason: String)
    /// A queued article's stored contribution cannot be read back.
    case corruptQueueEntry(PostgresLocation, sequence: Int, reason: String)
    /// An import into a store that already holds articles or entities.
    case notEmpty(PostgresLocation)
    /// PostgreSQL refused a pattern query's statement (a comparison of text with a number, which SQLite allows).
    case refusedQuery(PostgresLocation, reason: String)
    /// A pattern query ran longer than the time it was given (`mekong serve` gives each one a limit).
    case queryTimedOut(PostgresLocation, seconds: Int)

    public var errorDescription: String? {
        switch self {
        case .badLocation(let url, let reason):
            return "Cannot read the store address \(Self.hidingPassword(url)): \(reason)."
        case .cannotConnect(let location, let reason):
            return "Cannot connect to the PostgreSQL store \(location): \(reason). Check that the server runs and "
                + "accepts this user (pg_hba.conf), and that the database exists (createdb \(location.database))."
        case .notAMekongDatabase(let location):
            return "The database \(location) holds tables but no Mekong store; Mekong never writes into another "
                + "program's database. Create an empty database for it (createdb) and point --store at that."
        case .newerSchema(let location, let version, let known):
            return "The store \(location) has schema version \(version), written by a newer Mekong; this one knows "
                + "versions up to \(known). Upgrade Mekong to use it."
        case .notUTF8(let location, let encoding):
            return "The database \(location) stores text as \(encoding); Mekong needs UTF-8. Create the database with "
                + "createdb --encoding=UTF8 --template=template0 and point --store at it."
        case .noStore(let location):
            return "No Mekong store in the database \(location). Ingest articles first (`mekong ingest --store "
                + "\(location) FILES`), or point --store or MEKONG_STORE at an existing store."
        case .olderSchema(let location, let version, let known):
            return "The store \(location) has schema version \(version); this Mekong reads version \(known). Run "
                + "`mekong enqueue` or `mekong ingest` on it once to migrate it."
        case .failed(let location, let doing, let reason):
            return "The PostgreSQL store \(location) failed while \(doing): \(reason)."
        case .rejected(let location, let doing, let reason):
            return "The PostgreSQL store \(location) refused the data while \(doing): \(reason)."
        case .corruptQueueEntry(let location, let sequence, let reason):
            return "Queue entry \(sequence) of \(location) cannot be read back (\(reason)); enqueue the article again."
        case .refusedQuery(_, let reason):
            return "PostgreSQL refused the query: \(reason). Attribute values are text: compare them with strings "
                + "(r.date >= '2021', not 2021), and give fold() a name or a text (docs/query-language.md)."
        case .queryTimedOut(_, let seconds):
            return "The query ran longer than \(seconds) s and was stopped. Name an entity or a type to start from, give "
                + "relations a direction and a type, or run it with `mekong query`, which has no limit."
        case .notEmpty(let location):
            return "The store \(location) is not empty; an export is imported only into an empty store. Create an "
                + "empty database (createdb --encoding=UTF8 --template=template0 NAME) and point --store at it."
        }
    }

    /// `url` with any password replaced by `***`, for messages.
    public static func hidingPassword(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }
}
