import Foundation
import GRDB
import MekongCore
import MekongStore
import Testing

/// What an article says of a post's time (`status`, `term`, `since`, `until`) belongs to its report: a later
/// article that reports the same post as left ("nguyên Bí thư") adds a report, and the earlier one keeps its own.
@Suite("Migration v8: each report's own status")
struct ReportAttributesTests {
    typealias F = ContributionFixtures

    /// An article of `date` in which Nguyễn Văn A holds "Bí thư" of Tỉnh ủy An Giang, with `attributes` besides.
    static func report(_ id: String, date: String, attributes: [String: String]) -> ArticleContribution {
        let committee = F.entity(.organization, "Tỉnh ủy An Giang", article: id, at: 30)
        let person = F.entity(.person, "Nguyễn Văn A", article: id, at: 0)
        let post = F.relation(
            person, .holdsPosition, committee, article: id, attributes: attributes.merging(["title": "Bí thư"]) { a, _ in a })
        var article = F.article(id)
        article.published = date
        return ArticleContribution(article: article, entities: [committee, person], relations: [post])
    }

    static let reports = [
        report("a2015", date: "2015-03-01", attributes: ["term": "2015-2020"]),
        report("a2020", date: "2020-11-02", attributes: ["status": "former"]),
    ]

    @Test("two articles, one post: one relation, each report with its own status, in every read and the export")
    func eachReportKeepsItsOwn() throws {
        let store = try GraphStore.inMemory()
        for report in Self.reports { try store.ingest(report) }
        let relation = try #require(try store.loadGraph().relations.first)
        #expect(relation.attributes == ["title": "Bí thư"])
        #expect(relation.evidence.map(\.attributes) == [["term": "2015-2020"], ["status": "former"]])
        let person = try store.resolve("Nguyễn Văn A")
        #expect(try store.relations(of: person.id).first?.evidence.map(\.attributes) == relation.evidence.map(\.attributes))
        var exported = Data()
        try store.writeExport { exported += $0 }
        let export = try JSONDecoder().decode(GraphExport.self, from: exported)
        #expect(export.relations.first?.evidence.map(\.attributes) == relation.evidence.map(\.attributes))
        #expect(export.relations.first?.attributes == ["title": "Bí thư"])
    }

    @Test("a pattern query reads r.status and r.term from the latest report that gives them")
    func patternQuery() throws {
        let store = try GraphStore.inMemory()
        for report in Self.reports { try store.ingest(report) }
        let result = try store.query(try PatternQuery.parse(
            "MATCH (p:person)-[r:holds_position]->(o) RETURN r.title, r.status, r.term, r.since"))
        #expect(result.rows.map { $0.map(\.text) } == [["Bí thư", "former", "2015-2020", nil]])
        let held = try store.query(try PatternQuery.parse(
            "MATCH (p:person)-[r:holds_position]->(o) WHERE r.status = 'former' RETURN p.name"))
        #expect(held.rows.map { $0.map(\.text) } == [["Nguyễn Văn A"]])
    }

    @Test("a store written before v8 is migrated: the relation's status moves to its evidence; read-only, it is read so")
    func migration() throws {
        let directory = try GraphStoreFileTests.TemporaryDirectory()
        let path = directory.path("store.sqlite")
        do {
            let store = try GraphStore(path: path)
            try store.ingest(Self.reports[1])
        }
        // The store as the Mekong before v8 wrote it: the status on the relation, no column on the evidence.
        try GraphStore.removeNameSightings(at: path)
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: """
                    UPDATE relations SET attributes = '{"status":"former","title":"Bí thư"}';
                    ALTER TABLE evidence DROP COLUMN attributes;
                    DELETE FROM grdb_migrations WHERE identifier = 'v8-report-attributes';
                    """)
            }
            try queue.close()
        }
        let old = try GraphStore(readingAt: path).loadGraph().relations
        #expect(old.first?.attributes == ["title": "Bí thư"])
        #expect(old.first?.evidence.map(\.attributes) == [["status": "former"]])
        let migrated = try GraphStore(path: path)
        #expect(try migrated.loadGraph().relations == old)
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        let stored = try queue.read { db in
            (try String.fetchAll(db, sql: "SELECT attributes FROM relations"),
             try String.fetchAll(db, sql: "SELECT attributes FROM evidence"))
        }
        #expect(stored.0 == [#"{"title":"Bí thư"}"#])
        #expect(stored.1 == [#"{"status":"former"}"#])
    }

    @Test("export → import → export gives the same bytes with reports' attributes and dates' origins")
    func roundTrip() throws {
        let store = try GraphStore.inMemory()
        var reports = Self.reports
        reports[0].article.publishedFrom = .lead
        reports[1].article.publishedFrom = .metadata
        for report in reports { try store.ingest(report) }
        var first = Data()
        try store.writeExport { first += $0 }
        let copy = try GraphStore.inMemory()
        try copy.importGraph(try JSONDecoder().decode(GraphExport.self, from: first))
        var second = Data()
        try copy.writeExport { second += $0 }
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains(#""published_from" : "lead""#), "\(text)")
        #expect(text.contains(#""status" : "former""#), "\(text)")
        #expect(try copy.article(id: "a2015")?.publishedFrom == .lead)
    }

    @Test("an export of version 2 gives the relation's status to each of its reports")
    func versionTwoImport() throws {
        var export = GraphExport(graph: KnowledgeGraph())
        export.version = 2
        let report = Self.reports[1]
        export.articles = [GraphExport.ArticleRecord(report.article)]
        export.entities = report.entities
        var relation = report.relations[0]
        relation.attributes = ["title": "Bí thư", "status": "former"]
        export.relations = [relation]
        let store = try GraphStore.inMemory()
        try store.importGraph(export)
        let stored = try #require(try store.loadGraph().relations.first)
        #expect(stored.attributes == ["title": "Bí thư"])
        #expect(stored.evidence.map(\.attributes) == [["status": "former"]])
    }
}
