import GRDB

/// Writes SQLite files behind the store's back, to check how the store treats databases it did not write.
enum ForeignDatabase {
    /// Creates a SQLite database that some other program could have made.
    static func create(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)") }
        try queue.close()
    }

    /// Records a schema migration this version of Mekong does not know, as a newer version would.
    static func recordMigration(_ identifier: String, at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier])
        }
        try queue.close()
    }
}
