import Foundation
import MekongCore
import MekongStore
import Testing

@Suite("Opening store files")
struct GraphStoreFileTests {
    /// A fresh directory for one test, removed when the test ends.
    final class TemporaryDirectory {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("mekong-store-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    @Test("a file store survives being reopened")
    func storeSurvivesReopen() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("graph.sqlite")
        let expected: KnowledgeGraph
        do {
            let store = try GraphStore(path: path)
            try store.ingest(ContributionFixtures.academyArticle("a1"))
            try store.ingest(ContributionFixtures.academyArticle("a2"))
            expected = try store.loadGraph()
        }
        let reopened = try GraphStore(path: path)
        #expect(reopened.path == path)
        let graph = try reopened.loadGraph()
        #expect(graph.articles == expected.articles)
        #expect(graph.entities == expected.entities)
        #expect(graph.relations == expected.relations)
        #expect(try reopened.ingest(ContributionFixtures.academyArticle("a1")).change == .unchanged)
    }

    @Test("a path in a missing directory gives an error naming the path")
    func missingDirectory() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("no-such-directory/graph.sqlite")
        let error = #expect(throws: StoreError.self) { try GraphStore(path: path) }
        guard case .cannotOpen(let reported, _) = error else {
            Issue.record("expected cannotOpen, got \(String(describing: error))")
            return
        }
        #expect(reported == path)
        #expect(error?.errorDescription?.contains(path) == true)
        #expect(error?.errorDescription?.contains("directory") == true)
    }

    /// Short and long text files (SQLite reads a 100-byte header, then whole pages).
    @Test("a file that is not SQLite gives a clear error", arguments: [1, 300])
    func notSQLite(lines: Int) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("notes.txt")
        let contents = String(repeating: "Học viện Chính trị quốc gia Hồ Chí Minh.\n", count: lines)
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: StoreError.self) { try GraphStore(path: path) }
        #expect(error == .notAMekongStore(path: path))
        #expect(error?.errorDescription?.contains("not a Mekong store") == true)
    }

    @Test("another program's SQLite database is not taken over")
    func foreignSQLiteDatabase() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("other.sqlite")
        try ForeignDatabase.create(at: path)
        let error = #expect(throws: StoreError.self) { try GraphStore(path: path) }
        #expect(error == .notAMekongStore(path: path))
    }

    @Test("a store written by a newer schema is refused")
    func newerSchema() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("graph.sqlite")
        _ = try GraphStore(path: path)
        try ForeignDatabase.recordMigration("v999-future", at: path)
        let error = #expect(throws: StoreError.self) { try GraphStore(path: path) }
        #expect(error == .newerSchema(path: path, unknownMigrations: ["v999-future"]))
        #expect(error?.errorDescription?.contains("newer version") == true)
    }
}
