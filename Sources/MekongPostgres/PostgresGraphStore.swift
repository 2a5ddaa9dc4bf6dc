import Foundation
import Logging
import MekongCore
import MekongStore
import NIOCore
import PostgresNIO

/// The graph in a PostgreSQL database, shared by a team: many `mekong ingest` workers, on any number of
/// machines, fill it at once from a queue, and it exports the same bytes as a SQLite store given the same
/// articles in the same order (`docs/postgres.md`).
///
/// How many workers keep one graph right:
/// - `mekong enqueue` adds each article's bytes to `ingest_queue` in order (``enqueue(_:)``).
/// - A worker claims the first pending article no other worker holds (`FOR UPDATE SKIP LOCKED`, ``claimNext()``),
///   extracts it with no lock on the graph, and records the contribution (``finish(_:contribution:problems:seconds:)``).
///   A worker that dies mid-article leaves it pending: its transaction, and with it the claim, ends with its
///   connection, and another worker takes the article.
/// - One session at a time (an advisory lock) stores the recorded contributions in queue order, each article in
///   one transaction (``storeQueued(waiting:)``): entity resolution runs in the same order as a single-process
///   ingest would, so the graph does not depend on which worker was faster.
///
/// One object holds one connection and is used from one thread at a time.
public final class PostgresGraphStore {
    /// The database this store lives in.
    public let location: PostgresLocation
    let connection: PostgresConnection
    let logger: Logger
    private var closed = false
    /// Whether a transaction is open on the connection: a second BEGIN would be ignored by the server and its
    /// COMMIT would end the first, so none is ever nested.
    private var inTransaction = false

    /// Connects to the database at `location`. With `migrating` (ingest, enqueue) it brings the schema up to date,
    /// creating it in an empty database (workers starting at once migrate one at a time); without (the read
    /// commands) it only checks that a store of this schema version is there, and changes nothing.
    /// - Throws: ``PostgresStoreError`` when the server cannot be reached, the database is not UTF-8, belongs to
    ///   another program, holds no store (reading) or an older one (reading), or a newer Mekong has migrated it.
    public init(location: PostgresLocation, migrating: Bool = true) throws(PostgresStoreError) {
        self.location = location
        var logger = Logger(label: "mekong.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        logger.logLevel = .critical
        self.logger = logger
        let configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: .disable)
        do {
            connection = try PostgresConnection.connect(
                on: PostgresConnection.defaultEventLoopGroup.any(), configuration: configuration, id: 1, logger: logger
            ).wait()
        } catch {
            throw .cannotConnect(location, reason: Self.describe(error))
        }
        do {
            try prepareSession()
            try migrating ? migrate() : checkSchema()
        } catch {
            close()
            throw error
        }
    }

    /// Refuses a database whose text is not UTF-8 (lengths would count bytes, Vietnamese text would not fit), and
    /// lets a worker's claim stay open while it extracts, whatever the server's idle timeout.
    private func prepareSession() throws(PostgresStoreError) {
        let encoding = try decode(run("SELECT current_setting('server_encoding')", "reading the encoding").first, as: String.self)
        guard encoding == "UTF8" else { throw .notUTF8(location, encoding: encoding) }
        try runScript("SET idle_in_transaction_session_timeout = 0", "preparing the session")
    }

    /// For reading: the store must be there, at this Mekong's schema version.
    private func checkSchema() throws(PostgresStoreError) {
        let hasSchema = try decode(run("SELECT to_regclass('mekong_schema') IS NOT NULL", "reading the schema").first, as: Bool.self)
        guard hasSchema else { throw .noStore(location) }
        let version = try decode(run("SELECT coalesce(max(version), 0) FROM mekong_schema", "reading the schema version").first, as: Int.self)
        if version > PostgresSchema.latest { throw .newerSchema(location, version: version, known: PostgresSchema.latest) }
        if version < PostgresSchema.latest { throw .olderSchema(location, version: version, known: PostgresSchema.latest) }
    }

    deinit { close() }

    /// Closes the connection; the store cannot be used after.
    public func close() {
        guard !closed else { return }
        closed = true
        try? connection.close().wait()
    }

    // MARK: Statements

    /// Runs one statement and returns its rows.
    @discardableResult
    func run(_ query: PostgresQuery, _ doing: @autoclosure () -> String) throws(PostgresStoreError) -> [PostgresRow] {
        do {
            return try connection.query(query, logger: logger).wait().rows
        } catch {
            throw Self.translate(error, location: location, doing: doing())
        }
    }

    /// Runs one statement without parameters.
    func runScript(_ sql: String, _ doing: @autoclosure () -> String) throws(PostgresStoreError) {
        do {
            _ = try connection.simpleQuery(sql).wait()
        } catch {
            throw .failed(location, doing: doing(), reason: Self.describe(error))
        }
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ doing: String, readOnly: Bool = false, _ body: () throws(PostgresStoreError) -> T)
        throws(PostgresStoreError) -> T
    {
        try begin(doing, readOnly: readOnly)
        let value: T
        do {
            value = try body()
        } catch {
            try? end(doing, commit: false)
            throw error
        }
        try end(doing, commit: true)
        return value
    }

    /// The error a failed statement is reported as: ``PostgresStoreError/rejected(_:doing:reason:)`` when the
    /// server refused the data itself (SQLSTATE classes 22 and 23: storing it again would fail the same way),
    /// ``PostgresStoreError/failed(_:doing:reason:)`` otherwise (a lost connection, a timeout, a full disk).
    static func translate(_ error: any Error, location: PostgresLocation, doing: String) -> PostgresStoreError {
        let reason = describe(error)
        if let state = (error as? PSQLError)?.serverInfo?[.sqlState], state.hasPrefix("22") || state.hasPrefix("23") {
            return .rejected(location, doing: doing, reason: reason)
        }
        return .failed(location, doing: doing, reason: reason)
    }

    /// Opens a transaction; none may be open already.
    func begin(_ doing: String, readOnly: Bool = false) throws(PostgresStoreError) {
        precondition(!inTransaction, "PostgresGraphStore: a transaction is already open (\(doing))")
        try runScript(readOnly ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN", doing)
        inTransaction = true
    }

    /// Ends the open transaction: commits it, or rolls it back.
    func end(_ doing: String, commit: Bool) throws(PostgresStoreError) {
        inTransaction = false
        try runScript(commit ? "COMMIT" : "ROLLBACK", doing)
    }

    /// What the server said, without the generic text PostgresNIO shows to keep secrets out of logs.
    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let detail = error.serverInfo?[.detail].map { " (\($0))" } ?? ""
                return message + detail
            }
            if let underlying = error.underlying { return String(describing: underlying) }
            return "\(error.code)"
        }
        return String(describing: error)
    }

    // MARK: Schema

    private func migrate() throws(PostgresStoreError) {
        try transaction("migrating the schema") { () throws(PostgresStoreError) in
            try run("SELECT pg_advisory_xact_lock(\(PostgresSchema.migrationLock))", "waiting to migrate the schema")
            let hasSchema = try run("SELECT to_regclass('mekong_schema') IS NOT NULL", "reading the schema")
            var applied = 0
            if try decode(hasSchema.first, as: Bool.self) {
                let rows = try run("SELECT coalesce(max(version), 0) FROM mekong_schema", "reading the schema version")
                applied = try decode(rows.first, as: Int.self)
                if applied > PostgresSchema.latest {
                    throw .newerSchema(location, version: applied, known: PostgresSchema.latest)
                }
            } else {
                let tables = try run(
                    "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()", "looking for other tables")
                guard try decode(tables.first, as: Int.self) == 0 else { throw .notAMekongDatabase(location) }
                try runScript("""
                    CREATE TABLE mekong_schema (
                        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
                    """, "creating the schema table")
            }
            for migration in PostgresSchema.migrations where migration.version > applied {
                for statement in PostgresSchema.statements(of: migration.sql) {
                    try runScript(statement, "applying schema version \(migration.version) (\(migration.name))")
                }
                try run(
                    "INSERT INTO mekong_schema (version, name) VALUES (\(migration.version), \(migration.name))",
                    "recording schema version \(migration.version)")
            }
        }
    }

    /// The first column of `row` as `T`.
    func decode<T: PostgresDecodable>(_ row: PostgresRow?, as type: T.Type) throws(PostgresStoreError) -> T {
        guard let row else { throw .failed(location, doing: "reading a result", reason: "no row came back") }
        do {
            return try row.decode(T.self)
        } catch {
            throw .failed(location, doing: "reading a result", reason: Self.describe(error))
        }
    }

    // MARK: Counting

    /// The articles still waiting in the queue, read through the index of waiting entries (a queue of millions
    /// of stored articles costs nothing here).
    public func waitingArticles() throws(PostgresStoreError) -> WaitingArticles {
        guard let row = try run("""
            SELECT count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE state = 'extracted')
            FROM ingest_queue WHERE state IN ('pending', 'extracted')
            """, "counting waiting articles").first
        else { throw .failed(location, doing: "counting waiting articles", reason: "no row came back") }
        do {
            let (pending, extracted) = try row.decode((Int, Int).self)
            return WaitingArticles(pending: pending, extracted: extracted)
        } catch {
            throw .failed(location, doing: "counting waiting articles", reason: Self.describe(error))
        }
    }
}
