import Foundation
import MekongCore
import Testing

@Suite("The JSON export")
struct GraphExportTests {
    typealias F = GraphFixtures

    private func encode(_ export: GraphExport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(export)
    }

    private func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("the export names its format and version")
    func header() throws {
        let json = try object(encode(GraphExport(graph: F.graph)))
        #expect(json["format"] as? String == "mekong-graph")
        #expect(json["version"] as? Int == 3)
        #expect(GraphExport.currentVersion == 3)
        #expect(Set(json.keys) == ["format", "version", "articles", "entities", "relations"])
    }

    @Test("an article lists its metadata with null for what is unknown, and never its text")
    func articleRecord() throws {
        let article = Article(
            id: "a1b2c3", title: "An Giang: Nâng cao chất lượng", path: "examples/articles/an-giang.txt",
            url: "https://example.vn/a", source: "TTXVN", author: nil, published: nil, sha256: "abc", text: "Nội dung.")
        let json = try object(encode(GraphExport(graph: KnowledgeGraph(articles: [article]))))
        let articles = try #require(json["articles"] as? [[String: Any]])
        let record = try #require(articles.first)
        #expect(Set(record.keys) == ["id", "title", "path", "url", "source", "author", "published", "published_from", "sha256"])
        #expect(record["published_from"] is NSNull)
        #expect(record["url"] as? String == "https://example.vn/a")
        #expect(record["author"] is NSNull)
        #expect(record["published"] is NSNull)
        #expect(record["source"] as? String == "TTXVN")
        #expect(record["title"] as? String == "An Giang: Nâng cao chất lượng")
    }

    @Test("entities and relations use the documented keys, and evidence without a rule has no rule key")
    func entityAndRelationKeys() throws {
        let json = try object(encode(GraphExport(graph: F.graph)))
        let entities = try #require(json["entities"] as? [[String: Any]])
        let nung = try #require(entities.first { $0["name"] as? String == "Lê Văn Nưng" })
        #expect(Set(nung.keys) == ["id", "type", "name", "aliases", "attributes", "mentions"])
        #expect(nung["type"] as? String == "person")
        let mention = try #require((nung["mentions"] as? [[String: Any]])?.first)
        #expect(Set(mention.keys) == ["article", "start", "end", "text"])

        let relations = try #require(json["relations"] as? [[String: Any]])
        let post = try #require(relations.first { $0["id"] as? String == F.nungHoldsPosition.id })
        #expect(Set(post.keys) == ["id", "subject", "predicate", "object", "attributes", "evidence"])
        #expect(post["predicate"] as? String == "holds_position")
        #expect(post["subject"] as? String == F.nung.id)
        #expect((post["attributes"] as? [String: String]) == ["title": "Phó Bí thư Thường trực"])
        let evidence = try #require((post["evidence"] as? [[String: Any]])?.first)
        #expect(Set(evidence.keys) == ["article", "start", "end", "text", "extractor", "confidence"])
    }

    @Test("evidence with a rule keeps it")
    func evidenceRule() throws {
        var relation = F.nungHoldsPosition
        relation.evidence[0].rule = "title-org-person"
        let graph = KnowledgeGraph(entities: [F.nung, F.tinhUy], relations: [relation])
        let json = try object(encode(GraphExport(graph: graph)))
        let evidence = try #require(((json["relations"] as? [[String: Any]])?.first?["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["rule"] as? String == "title-org-person")
    }

    @Test("every relation end is an entity of the export")
    func relationEndsExist() {
        let dangling = F.relation(F.nung.id, .partOf, "org:gone-00000000", in: "a1")
        let export = GraphExport(graph: KnowledgeGraph(entities: F.allEntities, relations: F.allRelations + [dangling]))
        let ids = Set(export.entities.map(\.id))
        #expect(export.relations.count == F.allRelations.count)
        #expect(export.relations.allSatisfy { ids.contains($0.subject) && ids.contains($0.object) })
    }

    @Test("the output does not depend on the order entities and relations were loaded in")
    func byteStable() throws {
        let forward = KnowledgeGraph(articles: [F.article("a1")], entities: F.allEntities, relations: F.allRelations)
        let backward = KnowledgeGraph(
            articles: [F.article("a1")], entities: F.allEntities.reversed(), relations: F.allRelations.reversed())
        #expect(try encode(GraphExport(graph: forward)) == encode(GraphExport(graph: backward)))
        let export = GraphExport(graph: forward)
        #expect(export.entities.map(\.id) == export.entities.map(\.id).sorted())
        #expect(export.relations.map(\.id) == export.relations.map(\.id).sorted())
    }

    @Test("the export round-trips through JSONDecoder")
    func roundTrip() throws {
        var relation = F.academyInCanTho
        relation.evidence.append(
            Evidence(article: "a2", start: 5, end: 30, text: "Học viện ở Cần Thơ", extractor: "rules.pack", rule: "r1", confidence: 0.75))
        var entity = F.academy
        entity.attributes = ["level": "khu vực"]
        let graph = KnowledgeGraph(
            articles: [F.article("a1"), F.article("a2", published: "2021-05-19")],
            entities: F.allEntities.filter { $0.id != entity.id } + [entity], relations: F.allRelations.filter { $0.id != relation.id } + [relation])
        let export = GraphExport(graph: graph)
        let decoded = try JSONDecoder().decode(GraphExport.self, from: encode(export))
        #expect(decoded == export)
        #expect(decoded.articles.map(\.published) == [nil, "2021-05-19"])
    }

    @Test("the example of export-format.md decodes")
    func documentedExample() throws {
        let json = """
            {
              "format": "mekong-graph",
              "version": 3,
              "articles": [
                {"id": "a1b2c3", "title": "An Giang: Nâng cao chất lượng …", "path": "examples/articles/an-giang.txt",
                 "url": "https://baoangiang.com.vn/…", "source": "TTXVN", "author": "Thanh Sang", "published": "2021-04-23",
                 "published_from": "lead", "sha256": "…"}
              ],
              "entities": [
                {"id": "org:…", "type": "organization", "name": "Tỉnh ủy An Giang",
                 "aliases": ["Tỉnh ủy"], "attributes": {},
                 "mentions": [{"article": "a1b2c3", "start": 120, "end": 136, "text": "Tỉnh ủy An Giang"}]}
              ],
              "relations": [
                {"id": "r:…", "subject": "person:…", "predicate": "holds_position", "object": "org:…",
                 "attributes": {"title": "Phó Bí thư Thường trực"},
                 "evidence": [{"article": "a1b2c3", "start": 2871, "end": 2958,
                               "text": "Phó Bí thư Thường trực Tỉnh ủy An Giang Lê Văn Nưng khẳng định …",
                               "extractor": "vi.officials", "confidence": 0.9},
                              {"article": "d4e5f6", "start": 310, "end": 362,
                               "text": "… nguyên Phó Bí thư Thường trực Tỉnh ủy An Giang Lê Văn Nưng …",
                               "extractor": "vi.officials", "confidence": 0.9, "attributes": {"status": "former"}}]}
              ]
            }
            """
        let export = try JSONDecoder().decode(GraphExport.self, from: Data(json.utf8))
        #expect(export.version == 3)
        #expect(export.articles.first?.url == "https://baoangiang.com.vn/…")
        #expect(export.articles.first?.publishedFrom == .lead)
        #expect(export.relations.first?.evidence.map(\.attributes) == [[:], ["status": "former"]])
        #expect(export.articles.first?.author == "Thanh Sang")
        #expect(export.articles.first?.published == "2021-04-23")
        #expect(export.entities.first?.type == .organization)
        #expect(export.entities.first?.mentions.first?.end == 136)
        #expect(export.relations.first?.predicate == .holdsPosition)
        #expect(export.relations.first?.evidence.first?.rule == nil)
        #expect(export.relations.first?.confidence == 0.9)
    }
}
