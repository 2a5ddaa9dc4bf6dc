import Foundation
import GRDB
import MekongCore

/// The persistent knowledge graph: articles, entities, relations and their evidence in one SQLite file.
///
/// Each article's contribution is stored as a unit, so ingesting it again is a no-op and ingesting a changed
/// version replaces what the old one added. Entities from different articles are merged when their names
/// or aliases share a ``NameNormalizer/key(_:)``; a relation stated by several articles is one relation with
/// several pieces of evidence.
///
/// A file store uses SQLite's WAL mode, so readers do not block the writer. The class is `Sendable`: share one
/// instance between tasks; writes are serialized by the store.
public final class GraphStore: Sendable {
    /// The file the store lives in, or `:memory:` for an in-memory store.
    public let path: String
    let writer: any DatabaseWriter

    /// Opens the store at `path`, creating the file and its schema when it does not exist.
    ///
    /// An existing store written by an older version of Mekong is upgraded in place.
    /// - Throws: ``StoreError/cannotOpen(path:reason:)`` when the directory is missing or not writable,
    ///   ``StoreError/notAMekongStore(path:)`` for a file that is not a Mekong store, and
    ///   ``StoreError/newerSchema(path:unknownMigrations:)`` for a store written by a newer Mekong.
    public convenience init(path: String) throws(StoreError) {
        try Self.checkLocation(path)
        // Creating and migrating is done by one process at a time: two ingests creating the same new store
        // would otherwise see each other's half-made schema.
        let lock = try StoreCreationLock(storePath: path)
        defer { lock.release() }
        let writer: any DatabaseWriter
        do {
            writer = try DatabasePool(path: path, configuration: Self.configuration(synchronousNormal: true))
        } catch {
            throw Self.translate(error, path: path, opening: true)
        }
        try self.init(path: path, writer: writer, migrating: true)
    }

    /// Opens the existing store at `path` for reading only: nothing is written, not even a migration, so a
    /// store on read-only media, in a read-only folder or owned by another user can be queried.
    ///
    /// A store written by an older Mekong is read as it is (the next ingest upgrades it).
    /// - Throws: ``StoreError/cannotOpen(path:reason:)`` when the file cannot be read,
    ///   ``StoreError/notAMekongStore(path:)`` or ``StoreError/newerSchema(path:unknownMigrations:)``.
    public convenience init(readingAt path: String) throws(StoreError) {
        var configuration = Self.configuration(synchronousNormal: false)
        configuration.readonly = true
        let writer: any DatabaseWriter
        do {
            writer = try Self.readOnlyQueue(path: path, configuration: configuration)
        } catch {
            throw Self.translate(error, path: path, opening: true)
        }
        try self.init(path: path, writer: writer, migrating: false)
    }

    /// A read-only connection to `path`. A store in WAL mode needs its `-shm` file, which a reader cannot
    /// create in a folder it may not write to; then the file is opened as immutable (SQLite then takes no
    /// locks: nobody can be writing where nobody may create the journal).
    private static func readOnlyQueue(path: String, configuration: Configuration) throws -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        } catch let error as DatabaseError
            where [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(error.resultCode) && !path.hasPrefix("file:")
        {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            let encoded = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute
            return try DatabaseQueue(path: "file:\(encoded)?mode=ro&immutable=1", configuration: configuration)
        }
    }

    /// Creates an empty store that lives in memory only, for tests and evaluation runs.
    public static func inMemory() throws(StoreError) -> GraphStore {
        let path = ":memory:"
        let writer: any DatabaseWriter
        do {
            writer = try DatabaseQueue(configuration: configuration(synchronousNormal: false))
        } catch {
            throw translate(error, path: path, opening: true)
        }
        return try GraphStore(path: path, writer: writer, migrating: true)
    }

    private init(path: String, writer: any DatabaseWriter, migrating: Bool) throws(StoreError) {
        self.path = path
        self.writer = writer
        do {
            try Self.prepareSchema(in: writer, path: path, migrating: migrating)
        } catch {
            throw Self.translate(error, path: path, opening: true)
        }
    }

    private static func configuration(synchronousNormal: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another process (a second `mekong` run) may hold the write lock for a moment.
        configuration.busyMode = .timeout(10)
        if synchronousNormal {
            configuration.prepareDatabase { db in
                // In WAL mode NORMAL is durable against application crashes and much faster than FULL.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // A batch of articles dirties pages all over the indexes (their keys are hashes); past SQLite's
                // default 2 MB of cache the dirty pages spill to the log in the middle of the transaction, and a
                // page touched again is written again. Readers keep the default: they hold no dirty pages.
                if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -16384") }
            }
        }
        return configuration
    }

    /// Fails early, with a message naming the path, when SQLite could not create the file anyway.
    private static func checkLocation(_ path: String) throws(StoreError) {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw .cannotOpen(path: path, reason: "it is a directory, not a file") }
            return
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .cannotOpen(path: path, reason: "the directory \(directory) does not exist")
        }
        guard fileManager.isWritableFile(atPath: directory) else {
            throw .cannotOpen(path: path, reason: "the directory \(directory) is not writable")
        }
    }

    /// Runs a read in a consistent snapshot, mapping every failure to a ``StoreError``.
    func reading<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw Self.translate(error, path: path, opening: false)
        }
    }

    /// Runs `body` in one write transaction, mapping every failure to a ``StoreError``.
    func writing<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw Self.translate(error, path: path, opening: false)
        }
    }

    static func translate(_ error: any Error, path: String, opening: Bool) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            let reason = error.message ?? error.resultCode.description
            switch error.resultCode {
            case .SQLITE_NOTADB: return .notAMekongStore(path: path)
            case .SQLITE_CORRUPT: return .corrupted(path: path, detail: reason)
            default:
                return opening ? .cannotOpen(path: path, reason: reason) : .storageFailure(path: path, reason: reason)
            }
        }
        if error is DecodingError { return .corrupted(path: path, detail: "invalid attributes JSON") }
        return .storageFailure(path: path, reason: error.localizedDescription)
    }
}
