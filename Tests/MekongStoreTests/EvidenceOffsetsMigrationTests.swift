import Foundation
import GRDB
import MekongCore
import MekongStore
import Testing

/// Migration v4 stores the sentence of a piece of evidence as its offsets into the article's text: every read
/// gives back the very string that was ingested, in a store migrated from v3 as in a new one.
@Suite("Migration v4: evidence as offsets into the article text")
struct EvidenceOffsetsMigrationTests {
    typealias F = ContributionFixtures

    /// An article whose text mixes precomposed and decomposed Vietnamese, an emoji and CR LF, with relations
    /// whose sentences are the text at their offsets (Unicode scalars), and one whose sentence is not.
    static func article(_ index: Int) -> ArticleContribution {
        let id = "art-\(index)"
        let sentences = [
            "Ông Nguyễn Văn An \(index) giữ chức Bí thư Tỉnh ủy An Giang.",
            "Bà Tra\u{0300}n Thi\u{0323} Bi\u{0300}nh \(index) 😀 là Phó Chủ tịch UBND tỉnh.",
            "Tỉnh ủy An Giang đóng tại thành phố Long Xuyên.\r\n",
        ]
        let text = "Tin \(index).\n" + sentences.joined(separator: " ")
        let scalars = Array(text.unicodeScalars)
        func span(of sentence: String) -> (start: Int, end: Int) {
            let needle = Array(sentence.unicodeScalars)
            let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
            return (start, start + needle.count)
        }
        let person = F.entity(.person, "Nguyễn Văn An \(index)", article: id, at: span(of: sentences[0]).start + 4)
        let other = F.entity(.person, "Trần Thị Bình \(index)", article: id, at: span(of: sentences[1]).start + 3)
        let committee = F.entity(.organization, "Tỉnh ủy An Giang", article: id, at: span(of: sentences[2]).start)
        let place = F.entity(.place, "Long Xuyên", article: id, at: span(of: sentences[2]).start + 36)
        func relation(_ subject: Entity, _ predicate: MekongCore.Predicate, _ object: Entity, sentence: String?, at range: (start: Int, end: Int),
                      attributes: [String: String] = [:]) -> Relation {
            var relation = F.relation(subject, predicate, object, article: id, attributes: attributes)
            let copied = String(String.UnicodeScalarView(scalars[range.start..<range.end]))
            relation.evidence = [Evidence(article: id, start: range.start, end: range.end, text: sentence ?? copied,
                                          extractor: "test.rules", rule: index.isMultiple(of: 2) ? "r1" : nil, confidence: 0.8)]
            return relation
        }
        let relations = [
            relation(person, .holdsPosition, committee, sentence: nil, at: span(of: sentences[0]), attributes: ["title": "Bí thư"]),
            relation(other, .holdsPosition, committee, sentence: nil, at: span(of: sentences[1]), attributes: ["title": "Phó Chủ tịch"]),
            relation(committee, .locatedIn, place, sentence: nil, at: span(of: sentences[2])),
            // A sentence that is not the text at its offsets (an extractor that normalized it): kept as given.
            relation(person, .concerns, committee, sentence: "Ông An là ủy viên Tỉnh ủy.", at: span(of: sentences[0])),
        ]
        return ArticleContribution(
            article: F.article(id, text: text), entities: [person, other, committee, place], relations: relations)
    }

    /// The graph's articles, entities and relations, as one value to compare.
    struct Parts: Equatable {
        var articles: [Article]
        var entities: [Entity]
        var relations: [Relation]
    }

    static func parts(_ graph: KnowledgeGraph) -> Parts {
        Parts(articles: graph.articles, entities: graph.entities, relations: graph.relations)
    }

    static func export(_ store: GraphStore) throws -> Data {
        var data = Data()
        try store.writeExport { data.append($0) }
        return data
    }

    /// How many evidence rows keep their own copy of the sentence, and how many rows there are.
    static func copies(_ path: String) throws -> (copies: Int, rows: Int) {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence WHERE text IS NOT NULL")!,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence")!)
        }
    }

    @Test("new evidence keeps only its offsets, unless its sentence is not the article's text there")
    func offsetsOnly() throws {
        let directory = try GraphStoreFileTests.TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let store = try GraphStore(path: path)
        let articles = (0..<4).map(Self.article)
        for article in articles { try store.ingest(article) }
        #expect(try Self.copies(path) == (4, 16))

        let graph = try store.loadGraph()
        let given = Set(articles.flatMap { $0.relations.flatMap(\.evidence).map(\.text) })
        #expect(Set(graph.relations.flatMap(\.evidence).map(\.text)) == given)
        for relation in graph.relations {
            #expect(try store.relations(of: relation.subject).first { $0.id == relation.id } == relation)
        }
        let person = try store.resolve("Nguyễn Văn An 1")
        let path2 = try #require(try store.shortestPath(from: person.id, to: try store.resolve("Long Xuyên").id))
        #expect(path2.flatMap(\.evidence).allSatisfy { given.contains($0.text) })
    }

    @Test("a v3 store migrates, and reads back every piece of evidence and the export byte for byte")
    func oldStoreMigrates() throws {
        let directory = try GraphStoreFileTests.TemporaryDirectory()
        let path = directory.path("old.sqlite")
        let expected: Parts
        let graph: KnowledgeGraph
        let expectedExport: Data
        do {
            let store = try GraphStore(path: path)
            for index in 0..<5 { try store.ingest(Self.article(index)) }
            expected = Self.parts(try store.loadGraph())
            graph = try store.loadGraph()
            expectedExport = try Self.export(store)
        }
        try GraphStore.removeEvidenceOffsets(at: path)
        // The schema as v3 wrote it: every sentence copied, v4 not recorded.
        #expect(try Self.copies(path) == (20, 20))
        let queue = try DatabaseQueue(path: path)
        let applied = try queue.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        try queue.close()
        #expect(!applied.contains("v4-evidence-offsets"))
        #expect(!applied.contains("v5-listing-indexes"), "the listing indexes came after v4 and go with it")
        #expect(applied.contains("v3-name-search"))

        // Read-only, the old store is read as it is.
        let reader = try GraphStore(readingAt: path)
        #expect(Self.parts(try reader.loadGraph()) == expected)
        #expect(try Self.export(reader) == expectedExport)

        // Opened for writing, it migrates: the copies go, the strings stay.
        let upgraded = try GraphStore(path: path)
        #expect(try Self.copies(path) == (5, 20))
        #expect(Self.parts(try upgraded.loadGraph()) == expected)
        #expect(try Self.export(upgraded) == expectedExport)
        for relation in graph.relations {
            #expect(try upgraded.relations(of: relation.object).first { $0.id == relation.id } == relation)
        }
        // And keeps working: an article replaced and one removed leave what ingesting the rest alone leaves.
        try upgraded.ingest(Self.article(5))
        #expect(try upgraded.removeArticle(id: "art-0"))
        let fresh = try GraphStore.inMemory()
        for index in 1...5 { try fresh.ingest(Self.article(index)) }
        #expect(Self.parts(try upgraded.loadGraph()) == Self.parts(try fresh.loadGraph()))
    }
}
