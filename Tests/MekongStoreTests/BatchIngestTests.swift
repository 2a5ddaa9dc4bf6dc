import Foundation
import GRDB
import MekongCore
import MekongStore
import Testing

/// `ingest(batch:)`: many articles in one transaction, each one stored whole or not at all.
@Suite("Ingesting a batch of articles")
struct BatchIngestTests {
    typealias F = ContributionFixtures

    /// Every row of every table of the store file, as text and sorted, without the time each article was
    /// ingested; FTS5's own shadow tables are left out (their layout depends on when it flushed), the search
    /// index is compared through what it finds.
    static func contents(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'grdb_migrations'
                AND name NOT LIKE 'name_folds_search_%' ORDER BY name
                """)
            var lines: [String] = []
            for table in tables {
                var rows: [String] = []
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"") {
                    let cells = zip(row.columnNames, row.databaseValues).filter { $0.0 != "ingested_at" }
                    rows.append(table + ": " + cells.map { "\($0.0)=\($0.1)" }.joined(separator: " "))
                }
                lines += rows.sorted()
            }
            return lines
        }
    }

    /// Makes every evidence row of the article `articleID` fail to insert, as a full disk or a damaged page
    /// would fail one statement: late in the article's writes, after its entities, names and mentions.
    static func refuseEvidence(ofArticle articleID: String, at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_evidence BEFORE INSERT ON evidence_rows
                WHEN new.article = (SELECT rid FROM article_keys WHERE id = '\(articleID)')
                BEGIN SELECT RAISE(ABORT, 'evidence refused by the test'); END
                """)
        }
        try queue.close()
    }

    /// An article that names what `academyArticle` names, with a longer name for the official (so that
    /// storing it renames a stored entity) and an official of its own.
    static func overlappingArticle(_ id: String) -> ArticleContribution {
        var contribution = F.academyArticle(id)
        let newcomer = F.entity(.person, "Trần Thị Mới", article: id, at: 200)
        contribution.entities.append(newcomer)
        let academy = contribution.entities[0]
        contribution.relations.append(F.relation(newcomer, .holdsPosition, academy, article: id, at: 190,
                                                 attributes: ["title": "Giám đốc"]))
        return contribution
    }

    @Test("an article that fails in the middle of a batch leaves the store as if it had never been given")
    func failingArticleLeavesNothing() throws {
        let directory = try GraphStoreFileTests.TemporaryDirectory()
        let failing = directory.path("failing.sqlite")
        let clean = directory.path("clean.sqlite")
        for path in [failing, clean] {
            try GraphStore(path: path).ingest(F.academyArticle("a0"))
            try Self.refuseEvidence(ofArticle: "bad", at: path)
        }

        let store = try GraphStore(path: failing)
        let results = try store.ingest(batch: [F.academyArticle("a1"), Self.overlappingArticle("bad"), F.academyArticle("a2")])
        #expect(results.count == 3)
        #expect(try results[0].get().change == .added)
        #expect(try results[2].get().change == .added)
        guard case .failure(let error) = results[1] else {
            Issue.record("the refused article was reported stored")
            return
        }
        #expect(error.localizedDescription.contains("evidence refused by the test"))

        let reference = try GraphStore(path: clean)
        #expect(try reference.ingest(batch: [F.academyArticle("a1"), F.academyArticle("a2")]).allSatisfy {
            (try? $0.get().change) == .added
        })
        #expect(try Self.contents(failing) == Self.contents(clean))
        #expect(try store.article(id: "bad") == nil)
        #expect(try store.entities(search: "Trần Thị Mới").isEmpty)
        #expect(try store.entities(search: "hoang phuc") == reference.entities(search: "hoang phuc"))

        // Nothing of it was kept: once storable, it is a new article.
        let queue = try DatabaseQueue(path: failing)
        try queue.write { db in try db.execute(sql: "DROP TRIGGER refuse_evidence") }
        try queue.close()
        #expect(try store.ingest(batch: [Self.overlappingArticle("bad")]).map { try $0.get().change } == [.added])
        #expect(try store.entities(search: "Trần Thị Mới").count == 1)
    }

    @Test("a batch stores what ingesting its articles one at a time stores, replacements included")
    func batchEqualsOneAtATime() throws {
        let articles = [
            F.academyArticle("a1"), Self.overlappingArticle("a2"), F.academyArticle("a1"),
            F.academyArticle("a1", version: "v2", includeProvince: false), F.academyArticle("a3"),
        ]
        let single = try GraphStore.inMemory()
        let singleOutcomes = try articles.map { try single.ingest($0) }
        let batched = try GraphStore.inMemory()
        let batchOutcomes = try batched.ingest(batch: articles).map { try $0.get() }
        #expect(batchOutcomes == singleOutcomes)
        #expect(batchOutcomes.map(\.change) == [.added, .added, .unchanged, .replaced, .added])
        let expected = try single.loadGraph()
        let graph = try batched.loadGraph()
        #expect(graph.articles == expected.articles)
        #expect(graph.entities == expected.entities)
        #expect(graph.relations == expected.relations)
    }
}
