import Foundation
import GRDB
import MekongCore
import MekongStore
import Testing

/// A run killed while it created a store leaves GRDB's empty migration table behind; opening the file
/// again finishes the creation instead of calling it a foreign database (found by the kill -9 test).
@Suite("Interrupted store creation")
struct InterruptedCreationTests {
    @Test("a file holding only an empty grdb_migrations table is an unfinished store, not a foreign one")
    func leftoverMigrationTable() throws {
        let directory = try GraphStoreFileTests.TemporaryDirectory()
        let path = directory.path("graph.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        }
        try queue.close()
        let store = try GraphStore(path: path)
        try store.ingest(ContributionFixtures.academyArticle("a1"))
        #expect(try store.statistics().articles == 1)
    }

    @Test("a migration table with entries but no application id is still foreign")
    func foreignTableWithEntries() throws {
        let directory = try GraphStoreFileTests.TemporaryDirectory()
        let path = directory.path("graph.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('someone-else')")
        }
        try queue.close()
        #expect(throws: StoreError.notAMekongStore(path: path)) { try GraphStore(path: path) }
    }
}
