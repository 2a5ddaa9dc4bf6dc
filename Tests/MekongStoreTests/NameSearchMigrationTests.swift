import Foundation
import GRDB
import MekongCore
import MekongStore
import Testing

/// A store written before the name index (the schema of migrations v1 and v2 only) answers every query the
/// same: read-only from the loaded graph, and through the index once an ingest has upgraded it.
@Suite("Migration v3: the name search index")
struct NameSearchMigrationTests {
    /// Turns a current store into one as the previous Mekong wrote it: no name index, v3 not recorded.
    static func makeOld(_ path: String) throws {
        try GraphStore.removeNameSearchIndex(at: path)
        let queue = try DatabaseQueue(path: path)
        let tables = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') ORDER BY name")
        }
        try queue.close()
        // Exactly the tables of migrations v1 and v2.
        #expect(tables == ["articles", "entities", "entity_names", "evidence", "grdb_migrations", "mentions", "relations"])
    }

    static func answers(_ store: GraphStore) throws -> [String] {
        var lines: [String] = []
        lines.append(contentsOf: try store.entities(search: "an").map(\.id))
        lines.append(contentsOf: try store.entities(type: .person, search: "nguyen").map(\.id))
        for query in ["Nguyễn Văn An", "Nguyen Van An", "nguyen van bnh", "Tỉnh ủy An Giang", "zzz"] {
            do { lines.append(try store.resolve(query).id) } catch { lines.append(error.localizedDescription) }
        }
        return lines
    }

    @Test("an old store is read as it is, then upgraded by the next write, with the same answers")
    func oldStore() throws {
        let directory = try GraphStoreFileTests.TemporaryDirectory()
        let path = directory.path("old.sqlite")
        let expected: [String]
        do {
            let store = try GraphStore(path: path)
            for index in 0..<6 { try store.ingest(Self.article(index)) }
            expected = try Self.answers(store)
        }
        try Self.makeOld(path)

        // Read-only: nothing may be written, so the answers come from the loaded graph.
        let reader = try GraphStore(readingAt: path)
        #expect(try Self.answers(reader) == expected)

        // Opened for writing, the store is migrated: every stored name is indexed, and new ones are too.
        let upgraded = try GraphStore(path: path)
        #expect(try Self.answers(upgraded) == expected)
        try upgraded.ingest(Self.article(6))
        let graph = try upgraded.loadGraph()
        #expect(try upgraded.entities(search: "binh") == graph.entities(search: "binh"))
        let queue = try DatabaseQueue(path: path)
        let indexed = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM name_folds")! }
        let names = try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT DISTINCT entity_id, name FROM entity_names)")!
        }
        #expect(indexed == names)
    }

    @Test("removing an article removes the names only it gave from the index")
    func removal() throws {
        let store = try GraphStore.inMemory()
        try store.ingest(Self.article(0))
        try store.ingest(Self.article(3))
        #expect(try store.entities(search: "Đức Minh").count == 1)
        #expect(try store.entities(search: "ông 0").count == 1)
        try store.removeArticle(id: "old-3")
        let graph = try store.loadGraph()
        for needle in ["Đức Minh", "an", "nguyen van", "ban", "ong", "tinh uy"] {
            #expect(try store.entities(search: needle) == graph.entities(search: needle))
        }
        #expect(try store.entities(search: "Đức Minh").isEmpty)
        #expect(try store.entities(search: "ông 3").isEmpty)
        #expect(try store.entities(search: "ông 0").count == 1)

        // The same official from another article, with an alias only that article gives: the official stays,
        // the alias goes.
        try store.ingest(Self.article(4))
        #expect(try store.entities(search: "ông 4").map(\.name) == ["Nguyễn Văn An"])
        try store.removeArticle(id: "old-4")
        #expect(try store.entities(search: "ông 4").isEmpty)
        #expect(try store.entities(search: "ông 0").map(\.name) == ["Nguyễn Văn An"])
    }

    /// Article `index`: two officials (one with an alias only this article gives), a body and a place.
    static func article(_ index: Int) -> ArticleContribution {
        let id = "old-\(index)"
        let person = ContributionFixtures.entity(
            .person, ["Nguyễn Văn An", "Nguyen Van An", "Trần Thị Bình", "Lê Đức Minh"][index % 4],
            aliases: ["Ông \(index)"], article: id)
        let body = ContributionFixtures.entity(.organization, "Tỉnh ủy An Giang", aliases: ["Tỉnh ủy"], article: id, at: 30)
        let place = ContributionFixtures.entity(.place, "An Giang", article: id, at: 60)
        return ArticleContribution(
            article: ContributionFixtures.article(id), entities: [person, body, place],
            relations: [
                ContributionFixtures.relation(person, .holdsPosition, body, article: id, attributes: ["title": "Bí thư"]),
                ContributionFixtures.relation(body, .locatedIn, place, article: id, at: 50),
            ])
    }
}
