import MekongKit
import Testing

/// The caption of a summarized drawing says what was left out, in the diagram's language.
@Suite("Summary captions")
struct SummaryCaptionTests {
    static func entity(_ index: Int) -> Entity {
        Entity(id: "org:\(index)", type: .organization, name: "Ban \(index)")
    }

    static func summary(maxEntities: Int?) -> GraphSummary {
        let entities = (0..<1_200).map(entity)
        let relations = (1..<1_100).map { index in
            Relation(id: "r:\(index)", subject: "org:\(index)", predicate: .partOf, object: "org:0")
        }
        return KnowledgeGraph(entities: entities, relations: relations)
            .summarized(maxEntities: maxEntities, includeIsolated: false)
    }

    @Test("a cut graph says how many entities and relations are drawn and how many are not")
    func cutGraph() throws {
        let summary = Self.summary(maxEntities: 150)
        #expect(summary.caption(in: .vi) == "Vẽ 150 trong số 1.100 thực thể có nhiều quan hệ nhất và 149 trong số 1.099 "
            + "quan hệ giữa chúng; 950 thực thể khác và 950 quan hệ không được vẽ. "
            + "100 thực thể không có quan hệ nào không được vẽ.")
        #expect(summary.caption(in: .en) == "Showing the 150 of 1,100 entities with the most relations and 149 of 1,099 "
            + "relations between them; 950 other entities and 950 relations are not drawn. "
            + "100 entities without relations are not drawn.")
    }

    @Test("a summary cut further keeps its best-connected entities and the counts of the whole selection")
    func narrowedSummary() {
        let narrowed = Self.summary(maxEntities: 150).narrowed(toEntities: 20)
        #expect(narrowed.graph.entities.count == 20)
        #expect(narrowed.graph.entities.contains { $0.id == "org:0" })
        #expect(narrowed.caption(in: .en)?.hasPrefix("Showing the 20 of 1,100 entities with the most relations and 19 of 1,099") == true)
    }

    @Test("a graph drawn whole has no caption")
    func wholeGraph() {
        let graph = KnowledgeGraph(
            entities: [Self.entity(1), Self.entity(2)],
            relations: [Relation(id: "r", subject: "org:1", predicate: .partOf, object: "org:2")])
        #expect(graph.summarized(maxEntities: 150, includeIsolated: false).caption(in: .vi) == nil)
    }
}
