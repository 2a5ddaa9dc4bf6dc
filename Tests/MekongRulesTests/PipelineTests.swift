import MekongPluginAPI
import Testing
@testable import MekongRules

@Suite("Rule packs in a pipeline")
struct PipelineTests {
    /// Stands in for vi.officials: finds one person.
    struct PersonStub: Extractor {
        let descriptor = ExtractorDescriptor(id: "test.persons", version: "1", summary: "One person", produces: [.entity(.person)])

        func extract(from document: Document) throws -> Extraction {
            guard let span = RuleFixtures.span(of: "Trần Văn A", in: document) else { return Extraction() }
            return Extraction(mentions: [EntityMention(type: .person, span: span, text: "Trần Văn A")])
        }
    }

    @Test("A pack runs after the producers of what it consumes, and its output passes the pipeline's checks")
    func pipeline() throws {
        let pack = try RuleFixtures.examplePack()
        #expect(throws: ExtractorError.missingProducer(extractor: "example.cooperation", capability: "entity:person")) {
            try Pipeline(extractors: [pack])
        }
        let pipeline = try Pipeline(extractors: [pack, PersonStub()])
        #expect(pipeline.ordered.map(\.descriptor.id) == ["test.persons", "example.cooperation"])
        let result = pipeline.run(try RuleFixtures.article("hop-tac.txt"))
        #expect(result.failures.isEmpty)
        let position = try #require(result.relations.first { $0.predicate == .holdsPosition })
        guard case .existing(let subject) = position.subject, case .existing(let object) = position.object else {
            Issue.record("the pipeline makes references absolute")
            return
        }
        #expect(result.mentions[subject].text == "Trần Văn A")
        #expect(result.mentions[object].text == "Sở Nội vụ")
        #expect(result.mentions[object].extractor == "example.cooperation")
        #expect(result.relations.filter { $0.extractor == "example.cooperation" }.count == 3)
    }
}
