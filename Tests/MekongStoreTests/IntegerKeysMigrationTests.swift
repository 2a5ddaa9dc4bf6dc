import Foundation
import GRDB
import MekongCore
import MekongStore
import Testing

/// Migrations v9 and v10 store an entity's names once each and refer to articles, entities, relations and the
/// source of evidence by integer keys; `entity_names`, `entity_mentions` and `evidence` become views that give
/// the rows the tables had. Every read answers as before, in a store migrated from v8 as in a new one.
@Suite("Migrations v9 and v10: names, mentions and evidence by integer keys")
struct IntegerKeysMigrationTests {
    typealias F = ContributionFixtures

    static func article(_ index: Int) -> ArticleContribution { MentionSpansMigrationTests.article(index) }

    /// The kind (`table` or `view`) of each of the named objects of the store.
    static func kinds(_ path: String, _ names: [String]) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            try names.map { try String.fetchOne(db, sql: "SELECT type FROM sqlite_master WHERE name = ?", arguments: [$0]) ?? "none" }
        }
    }

    static func count(_ path: String, _ sql: String) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    static let readNames = ["entity_names", "entity_mentions", "mentions", "evidence"]

    @Test("names are stored once per entity and sighted per article; the old tables are views of the same rows")
    func layout() throws {
        let directory = try GraphStoreFileTests.TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let store = try GraphStore(path: path)
        for index in 0..<3 { try store.ingest(Self.article(index)) }
        #expect(try Self.kinds(path, Self.readNames) == ["view", "view", "view", "view"])
        // The committee is named alike in the three articles: one form, three sightings.
        #expect(try Self.count(path, "SELECT count(*) FROM name_forms WHERE name = 'Tỉnh ủy An Giang'") == 1)
        #expect(try Self.count(path, "SELECT count(*) FROM entity_names WHERE name = 'Tỉnh ủy An Giang'") == 3)
        // Per article: the committee's name, the person's two (the alias repeats one of them); seven distinct names.
        #expect(try Self.count(path, "SELECT count(*) FROM name_sightings") == 9)
        #expect(try Self.count(path, "SELECT count(*) FROM name_forms") == 7)
        // Mentions are read from their packed rows through the view (not one row per mention, the slow path).
        let queue = try DatabaseQueue(path: path)
        let packed = try queue.read { db in try db.viewExists("entity_mentions") }
        try queue.close()
        #expect(packed)
        // One extractor and rule for every piece of evidence; one row of evidence per article. A rule given empty and one
        // given as NULL are one source, as they were one identity before.
        #expect(try Self.count(path, "SELECT count(*) FROM evidence_sources") == 1)
        #expect(try Self.count(path, "SELECT count(DISTINCT article_id) FROM evidence") == 3)
        // Keys grow in the order articles were stored.
        #expect(try Self.count(path, "SELECT max(rid) FROM article_keys WHERE id = 'art-2'") == 3)
    }

    @Test("a v8 store reads the same read-only, then migrates with the same graph, export and searches")
    func oldStoreMigrates() throws {
        let directory = try GraphStoreFileTests.TemporaryDirectory()
        let path = directory.path("old.sqlite")
        let expected: EvidenceOffsetsMigrationTests.Parts
        let expectedExport: Data
        let searches = ["tinh uy", "tran binh 2", "an giang"]
        let expectedSearches: [[String]]
        do {
            let store = try GraphStore(path: path)
            for index in 0..<4 { try store.ingest(Self.article(index)) }
            // Names written in an order other than their entities': the alias order must survive.
            var renamed = F.entity(.organization, "Tỉnh ủy An Giang", aliases: ["Tỉnh ủy AG"], article: "art-9", at: 0)
            renamed.mentions = []
            try store.ingest(ArticleContribution(article: F.article("art-9"), entities: [renamed], relations: []))
            expected = EvidenceOffsetsMigrationTests.parts(try store.loadGraph())
            expectedExport = try EvidenceOffsetsMigrationTests.export(store)
            expectedSearches = try searches.map { try store.entities(search: $0).map(\.id) }
        }
        #expect(expected.entities.contains { $0.aliases.contains("Tỉnh ủy AG") })
        try GraphStore.removeNameSightings(at: path)
        let queue = try DatabaseQueue(path: path)
        let applied = try queue.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        try queue.close()
        #expect(!applied.contains("v9-name-sightings") && !applied.contains("v10-integer-keys"))
        #expect(applied.contains("v8-report-attributes"))
        #expect(try Self.kinds(path, Self.readNames) == ["table", "table", "view", "table"])

        let reader = try GraphStore(readingAt: path)
        #expect(EvidenceOffsetsMigrationTests.parts(try reader.loadGraph()) == expected)
        #expect(try EvidenceOffsetsMigrationTests.export(reader) == expectedExport)

        let upgraded = try GraphStore(path: path)
        #expect(try Self.kinds(path, Self.readNames) == ["view", "view", "view", "view"])
        #expect(EvidenceOffsetsMigrationTests.parts(try upgraded.loadGraph()) == expected)
        #expect(try EvidenceOffsetsMigrationTests.export(upgraded) == expectedExport)
        #expect(try searches.map { try upgraded.entities(search: $0).map(\.id) } == expectedSearches)
        // And keeps working: an article replaced and one removed leave what ingesting the rest alone leaves.
        try upgraded.ingest(Self.article(4))
        #expect(try upgraded.removeArticle(id: "art-0"))
        #expect(try upgraded.removeArticle(id: "art-9"))
        let fresh = try GraphStore.inMemory()
        for index in 1...4 { try fresh.ingest(Self.article(index)) }
        let left = EvidenceOffsetsMigrationTests.parts(try upgraded.loadGraph())
        let alone = EvidenceOffsetsMigrationTests.parts(try fresh.loadGraph())
        #expect(left.entities == alone.entities)
        #expect(left.relations == alone.relations)
    }

    @Test("a name no article gives any more leaves the store and the search index")
    func orphanNameGoes() throws {
        let directory = try GraphStoreFileTests.TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let store = try GraphStore(path: path)
        let plain = F.entity(.person, "Nguyễn Văn An", article: "a", at: 0)
        let nicknamed = F.entity(.person, "Nguyễn Văn An", aliases: ["Anh Ba Sài Gòn"], article: "b", at: 0)
        try store.ingest(ArticleContribution(article: F.article("a"), entities: [plain], relations: []))
        try store.ingest(ArticleContribution(article: F.article("b"), entities: [nicknamed], relations: []))
        #expect(try store.entities(search: "anh ba sai").count == 1)
        #expect(try Self.count(path, "SELECT count(*) FROM name_forms") == 2)

        #expect(try store.removeArticle(id: "b"))
        #expect(try store.entities(search: "anh ba sai").isEmpty)
        #expect(try store.entities(search: "nguyen van an").count == 1)
        #expect(try Self.count(path, "SELECT count(*) FROM name_forms") == 1)
        #expect(try Self.count(path, "SELECT count(*) FROM name_folds") == 1)
    }

    @Test("a piece of evidence whose rule is empty is the one whose rule is NULL, as the identity of the table had it")
    func emptyRuleIsNoRule() throws {
        let directory = try GraphStoreFileTests.TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let store = try GraphStore(path: path)
        let body = F.entity(.organization, "Tỉnh ủy An Giang", article: "a", at: 20)
        let person = F.entity(.person, "Nguyễn Văn An", article: "a", at: 0)
        var relation = F.relation(person, .holdsPosition, body, article: "a", attributes: ["title": "Bí thư"])
        var empty = relation.evidence[0]
        empty.rule = ""
        relation.evidence.append(empty)
        try store.ingest(ArticleContribution(article: F.article("a"), entities: [person, body], relations: [relation]))
        #expect(try Self.count(path, "SELECT count(*) FROM evidence") == 1)
        #expect(try Self.count(path, "SELECT count(*) FROM evidence_sources") == 1)
    }
}
