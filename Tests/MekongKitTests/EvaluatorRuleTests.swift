import Foundation
import Testing

@testable import MekongKit

/// The scoring rules of docs/gold-format.md, on small hand-made exports and gold files.
@Suite("Scoring against gold files")
struct EvaluatorRuleTests {
    typealias GoldEntity = GoldFile.Entity
    typealias GoldRelation = GoldFile.Relation

    func entity(_ type: EntityType, _ name: String, aliases: [String] = []) -> Entity {
        Entity(id: StableID.entity(type: type, name: name), type: type, name: name, aliases: aliases)
    }

    func post(_ person: Entity, _ body: Entity, _ title: String) -> Relation {
        let attributes = ["title": title]
        return Relation(
            id: StableID.relation(subject: person.id, predicate: .holdsPosition, object: body.id, attributes: attributes),
            subject: person.id, predicate: .holdsPosition, object: body.id, attributes: attributes)
    }

    func export(_ entities: [Entity], _ relations: [Relation]) -> GraphExport {
        GraphExport(graph: KnowledgeGraph(entities: entities, relations: relations))
    }

    func gold(_ entities: [GoldEntity], _ relations: [GoldRelation] = []) -> GoldFile {
        GoldFile(article: "a.txt", entities: entities, relations: relations, absent: [])
    }

    @Test(
        "documents compare by symbol: the type word, 'số', spaces and đ/d do not matter",
        arguments: ["Quy định số 11-QĐ/TW", "Quyết định 11-QĐ/TW", "Nghị quyết số 11 - QĐ/TW", "11-QD/TW"])
    func documentsCompareBySymbol(extracted: String) {
        let result = Evaluator.compare(
            export([entity(.document, extracted)], []), with: gold([GoldEntity(type: "document", name: "11-QĐ/TW")]))
        #expect(result.entities.truePositives == 1)
        #expect(result.entities.falsePositives == 0)
    }

    @Test("titles compare without leading time or acting words", arguments: ["Quyền Giám đốc", "cựu Giám đốc", "nguyên Giám đốc"])
    func titlesWithoutTimeWords(title: String) {
        let person = entity(.person, "Lưu Văn An")
        let body = entity(.organization, "Học viện Báo chí và Tuyên truyền")
        let result = Evaluator.compare(
            export([person, body], [post(person, body, "Giám đốc")]),
            with: gold(
                [GoldEntity(type: "person", name: person.name), GoldEntity(type: "organization", name: body.name)],
                [GoldRelation(subject: person.name, predicate: "holds_position", object: body.name, attributes: ["title": title])]))
        #expect(result.titlesRight == 1 && result.titlesMatched == 1)
    }

    @Test("of two posts in one body, the relation whose title agrees takes the gold post, whatever the order")
    func agreeingTitleWins() {
        let person = entity(.person, "Nguyễn Văn A")
        let body = entity(.organization, "Tỉnh ủy An Giang")
        let entities = [GoldEntity(type: "person", name: person.name), GoldEntity(type: "organization", name: body.name)]
        let goldPost = GoldRelation(subject: person.name, predicate: "holds_position", object: body.name, attributes: ["title": "Bí thư"])
        let result = Evaluator.compare(
            export([person, body], [post(person, body, "Phó Bí thư"), post(person, body, "Bí thư")]),
            with: gold(entities, [goldPost]))
        #expect(result.relations.truePositives == 1)
        #expect(result.titlesRight == 1 && result.titlesMatched == 1)
        // The other post is a fact the gold file does not state.
        #expect(result.relations.falsePositives == 1)
    }

    @Test("a gold entity of a type the scoring leaves out is never a miss")
    func nonCoreGoldIsNotAMiss() {
        let result = Evaluator.compare(
            export([], []), with: gold([GoldEntity(type: "date", name: "2021-05-19"), GoldEntity(type: "place", name: "Hà Nội")]))
        #expect(result.entities.falseNegatives == 1)
        #expect(result.entitiesByType["date"] == nil)
    }

    @Test("a gold file whose relation names no entity of the file is refused with the reason")
    func goldRelationEndsMustExist() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = try scratch.write(Array("""
            {"article": "a.txt", "entities": [{"type": "person", "name": "Lê Văn Nưng"}],
             "relations": [{"subject": "Lê Văn Nưng", "predicate": "holds_position", "object": "Tỉnh ủy An Giag"}]}
            """.utf8), to: "a.json")
        #expect {
            _ = try GoldFile.load(path: path)
        } throws: { error in
            (error as? EvaluationError)?.errorDescription?.contains("Tỉnh ủy An Giag") ?? false
        }
    }

    @Test("each relation's hit or false positive counts for the rules that gave it, and --verbose lists the rules with false ones")
    func relationsByRule() {
        let person = entity(.person, "Nguyễn Văn A")
        let body = entity(.organization, "Sở Y tế tỉnh An Giang")
        let other = entity(.organization, "Bệnh viện Đa khoa tỉnh An Giang")
        func evidence(_ rule: String?) -> Evidence {
            Evidence(article: "a", start: 0, end: 1, text: "x", extractor: "vi.officials", rule: rule, confidence: 0.8)
        }
        var right = post(person, body, "Giám đốc")
        right.evidence = [evidence("title-org-name"), evidence("name-title-org")]
        var wrong = post(person, other, "Giám đốc")
        wrong.evidence = [evidence("name-title-org")]
        let result = Evaluator.compare(
            export([person, body, other], [right, wrong]),
            with: gold(
                [GoldEntity(type: "person", name: person.name), GoldEntity(type: "organization", name: body.name),
                 GoldEntity(type: "organization", name: other.name)],
                [GoldRelation(subject: person.name, predicate: "holds_position", object: body.name, attributes: ["title": "Giám đốc"])]))
        func score(_ hits: Int, _ falses: Int) -> Score {
            var score = Score()
            score.truePositives = hits
            score.falsePositives = falses
            return score
        }
        #expect(result.relationsByRule["vi.officials/title-org-name/holds_position"] == score(1, 0))
        #expect(result.relationsByRule["vi.officials/name-title-org/holds_position"] == score(1, 1))
        let report = EvaluationReport(articles: [result, result])
        #expect(report.relationsByRule["vi.officials/name-title-org/holds_position"] == score(2, 2))
        let text = EvaluationText.render(report, verbose: true)
        #expect(text.contains("vi.officials/name-title-org/holds_position"))
        #expect(!text.contains("vi.officials/title-org-name/holds_position"), "a rule with no false relation is not listed")
        #expect(!EvaluationText.render(report, verbose: false).contains("by rule"))
    }
}
