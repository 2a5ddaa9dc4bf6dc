import Foundation
import MekongKit
import Testing

@Suite("Ingesting the An Giang example article")
struct EndToEndTests {
    @Test("scores against its gold file: entity F1 ≥ 0.95, relation F1 ≥ 0.90, titles right, no trap")
    func scoresAgainstGold() throws {
        let (store, summary) = try Fixture.ingestedStore()
        #expect(summary.added == 1)
        #expect(summary.failedFiles.isEmpty)
        #expect(summary.extractorFailures.isEmpty)
        let evaluation = Evaluator.compare(GraphExport(graph: try store.loadGraph()), with: try Fixture.gold)
        let details = "false positives: \(evaluation.falsePositives)\nmisses: \(evaluation.misses)"
        #expect(evaluation.entities.f1 >= 0.95, "entity F1 \(evaluation.entities.f1)\n\(details)")
        #expect(evaluation.relations.f1 >= 0.90, "relation F1 \(evaluation.relations.f1)\n\(details)")
        #expect(evaluation.titlesMatched == 2, "\(details)")
        #expect(evaluation.titlesRight == evaluation.titlesMatched, "\(details)")
        #expect(evaluation.trapsHit.isEmpty, "traps hit: \(evaluation.trapsHit)")
    }

    @Test("the evaluator agrees when run over the fixture directory, as `mekong eval` does")
    func evaluatorOverDirectory() throws {
        let directory = try Fixture.directory.path
        let report = try Evaluator(ingestor: try Fixture.ingestor())
            .evaluate(goldDirectory: directory, articlesDirectory: directory)
        #expect(report.articles.map(\.article) == [Fixture.articleName])
        #expect(report.entities.f1 >= 0.95)
        #expect(report.relations.f1 >= 0.90)
        #expect(report.trapsHit == 0)
        #expect(report.titleAccuracy == 1)
    }

    @Test("both officials hold their posts with the titles as written")
    func officialsAndTitles() throws {
        let graph = try Fixture.ingestedStore().store.loadGraph()
        let nung = try graph.resolve("Lê Văn Nưng")
        let lam = try graph.resolve("Hoàng Phúc Lâm")
        #expect(nung.type == .person)
        #expect(lam.type == .person)
        func posts(_ person: Entity) -> Set<String> {
            Set(graph.relations(of: person.id).filter { $0.predicate == .holdsPosition && $0.subject == person.id }
                .map { "\($0.attributes["title"] ?? "?") @ \(graph.entity(id: $0.object)?.name ?? "?")" })
        }
        #expect(posts(nung) == ["Phó Bí thư Thường trực @ Tỉnh ủy An Giang"])
        #expect(posts(lam) == ["Phó Giám đốc @ Học viện Chính trị quốc gia Hồ Chí Minh"])
        // The later short reference in the captions and body does not make a second person.
        #expect(graph.entities(type: .person, search: "Lâm").count == 1)
        #expect(graph.entities(type: .person, search: "Nưng").count == 1)
    }

    @Test("names inside organization names are not persons or places")
    func noNestedNameTraps() throws {
        let graph = try Fixture.ingestedStore().store.loadGraph()
        let persons = graph.entities(type: .person).map(\.name)
        #expect(!persons.contains("Hồ Chí Minh"))
        #expect(!persons.contains("Tôn Đức Thắng"))
        let places = graph.entities(type: .place).map(\.name)
        #expect(places == ["An Giang"])
    }

    @Test("every relation has evidence quoting the article at its scalar span and naming its extractor")
    func evidenceQuotesTheArticle() throws {
        let graph = try Fixture.ingestedStore().store.loadGraph()
        let article = try #require(graph.articles.first)
        let builtIn = Set(try Pipeline(extractors: BuiltInExtractors.registry().extractors).ordered.map(\.descriptor.id))
        #expect(graph.relations.count >= 10)
        for relation in graph.relations {
            #expect(!relation.evidence.isEmpty, "relation \(relation.id) has no evidence")
            for evidence in relation.evidence {
                #expect(evidence.article == article.id)
                #expect(evidence.start < evidence.end, "empty evidence span for \(relation.predicate)")
                #expect(scalarSlice(article.text, start: evidence.start, end: evidence.end) == evidence.text,
                        "evidence of \(relation.predicate) does not quote [\(evidence.start), \(evidence.end))")
                #expect(builtIn.contains(evidence.extractor), "unknown extractor \"\(evidence.extractor)\"")
                #expect((0...1).contains(evidence.confidence))
            }
        }
        // Posts come from the officials extractor, the rest from the relations extractor.
        for relation in graph.relations {
            let expected = relation.predicate == .holdsPosition ? "vi.officials" : "vi.relations"
            #expect(relation.evidence.allSatisfy { $0.extractor == expected }, "\(relation.predicate)")
        }
    }

    @Test("every mention quotes the article at its scalar span")
    func mentionsQuoteTheArticle() throws {
        let graph = try Fixture.ingestedStore().store.loadGraph()
        let article = try #require(graph.articles.first)
        for entity in graph.entities {
            #expect(!entity.mentions.isEmpty, "\(entity.name) has no mention")
            for mention in entity.mentions {
                #expect(scalarSlice(article.text, start: mention.start, end: mention.end) == mention.text)
            }
        }
    }

    @Test("ingesting the same file twice into one store changes nothing")
    func secondIngestIsANoOp() throws {
        let (store, first) = try Fixture.ingestedStore()
        let before = GraphExport(graph: try store.loadGraph())
        let statisticsBefore = try store.statistics()
        let second = try Fixture.ingestor().ingest([try Fixture.articlePath], into: store)
        #expect(first.added == 1)
        #expect(second.added == 0)
        #expect(second.unchanged == 1)
        #expect(second.replaced == 0)
        #expect(second.entities == first.entities)
        #expect(second.relations == first.relations)
        #expect(try store.statistics() == statisticsBefore)
        #expect(GraphExport(graph: try store.loadGraph()) == before)
    }

    @Test("the JSON export round-trips and is byte-stable")
    func exportRoundTrips() throws {
        let export = GraphExport(graph: try Fixture.ingestedStore().store.loadGraph())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(export)
        let decoded = try JSONDecoder().decode(GraphExport.self, from: data)
        #expect(decoded == export)
        #expect(try encoder.encode(decoded) == data)
        #expect(decoded.format == "mekong-graph")
        #expect(decoded.version == GraphExport.currentVersion)
        #expect(decoded.articles.map(\.title) == ["An Giang: Nâng cao chất lượng công tác đào tạo, bồi dưỡng cán bộ"])
        // A second ingest into a second store exports the same bytes: ids are stable.
        let again = GraphExport(graph: try Fixture.ingestedStore().store.loadGraph())
        #expect(try encoder.encode(again) == data)
    }
}
