import Foundation
import GRDB
import MekongCore
import MekongStore
import Testing

/// Stores written before article ids came from canonical paths are rewritten when opened: the same file
/// stored twice under two spellings of its path becomes one article, with its mentions and evidence once.
@Suite("Migration v2: canonical article ids")
struct CanonicalArticleIDMigrationTests {
    @Test("an old store holding one file twice keeps it once, under its canonical id")
    func duplicatesMerge() throws {
        let directory = try GraphStoreFileTests.TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.path("arts"), withIntermediateDirectories: true)
        let file = directory.path("arts/a.txt")
        try Data("Bài".utf8).write(to: URL(fileURLWithPath: file))
        let storePath = directory.path("graph.sqlite")
        // The same file ingested twice by an old Mekong, under two ids made from the path as typed; and an
        // article whose relative path no longer resolves, which must keep its id.
        for (id, path) in [("old1", file), ("old2", directory.path("arts/../arts/a.txt")), ("gone", "nowhere/b.txt")] {
            var contribution = ContributionFixtures.academyArticle(id)
            contribution.article.path = path
            if id != "gone" { contribution.article.sha256 = "same-content" }
            let store = try GraphStore(path: storePath)
            try store.ingest(contribution)
        }
        do {
            let before = try GraphStore(path: storePath).statistics()
            #expect(before.articles == 3)
        }
        // Make it an old store: forget that v2 ran, with mentions one row each as they were then (v6 packs them).
        try GraphStore.removeMentionSpans(at: storePath)
        let queue = try DatabaseQueue(path: storePath)
        try queue.write { db in
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v2-canonical-article-ids'")
        }
        try queue.close()

        let store = try GraphStore(path: storePath)
        let canonical = URL(fileURLWithPath: file).resolvingSymlinksInPath().path
        let ids = try store.articles().map(\.id).sorted()
        #expect(ids == [StableID.article(canonical), "gone"].sorted())
        let statistics = try store.statistics()
        #expect(statistics.articles == 2)
        let single = try GraphStore.inMemory()
        try single.ingest(ContributionFixtures.academyArticle("x"))
        try single.ingest(ContributionFixtures.academyArticle("y"))
        let expected = try single.statistics()
        #expect(statistics.mentions == expected.mentions)
        #expect(statistics.evidence == expected.evidence)
        #expect(statistics.entities == expected.entities)
        #expect(statistics.relations == expected.relations)
    }
}
