import GRDB
import MekongCore
import MekongStore
import Testing

@Suite("Listings read through the indexes of migration v5")
struct ListingIndexTests {
    /// The query plan SQLite chooses for `sql` in the store file at `path`.
    private func plan(_ sql: String, at path: String) throws -> String {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }.joined(separator: "; ")
        }
    }

    @Test("one predicate's relations come in id order from the index, and the newest articles from the date index")
    func plans() throws {
        let directory = try GraphStoreFileTests.TemporaryDirectory()
        let path = directory.path("store.sqlite")
        do {
            let store = try GraphStore(path: path)
            try store.ingest(ContributionFixtures.academyArticle())
        }
        // The statements GraphStore.relationListing and articleListing run for these filters.
        let relations = try plan(
            "SELECT r.id FROM relations r WHERE r.predicate = 'holds_position' ORDER BY r.id LIMIT 21", at: path)
        #expect(relations.contains("relations_by_predicate"), "\(relations)")
        #expect(!relations.contains("TEMP B-TREE"), "no sort of every relation of the predicate: \(relations)")
        let articles = try plan(
            "SELECT a.id FROM articles a WHERE 1 AND a.published >= '2021-01-01' ORDER BY a.published DESC, a.id DESC LIMIT 21",
            at: path)
        #expect(articles.contains("articles_by_published"), "\(articles)")
        #expect(!articles.contains("TEMP B-TREE"), "no sort of every article: \(articles)")
    }
}
