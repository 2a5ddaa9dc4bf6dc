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
    /// A statement failed on the server.
    case failed(PostgresLocation, doing: String, reason: String)
    /// A queued article's stored contribution cannot be read back.
    case corruptQueueEntry(PostgresLocation, sequence: Int, reason: String)

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
        case .failed(let location, let doing, let reason):
            return "The PostgreSQL store \(location) failed while \(doing): \(reason)."
        case .corruptQueueEntry(let location, let sequence, let reason):
            return "Queue entry \(sequence) of \(location) cannot be read back (\(reason)); enqueue the article again."
        }
    }

    /// `url` with any password replaced by `***`, for messages.
    public static func hidingPassword(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }
}
