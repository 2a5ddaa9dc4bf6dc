import Foundation
import MekongKit
import Testing

/// On a store of real extractions (the example article), every query the CLI answers from the store's
/// indexes equals the same query on the loaded graph, and a selection reads what `apply(to:)` computes.
@Suite("Indexed queries on real extractions")
struct IndexedQueryTests {
    @Test("show, neighbors, path, search and selections equal the in-memory answers")
    func sameAnswers() throws {
        let store = try Fixture.ingestedStore().store
        let graph = try store.loadGraph()
        #expect(graph.entities.count > 10)
        for entity in graph.entities {
            #expect(try store.resolve(entity.name) == graph.resolve(entity.name))
            #expect(try store.relations(of: entity.id) == graph.relations(of: entity.id))
            let around = try store.neighborhood(of: entity.id, depth: 2)
            #expect(GraphExport(graph: around) == GraphExport(graph: graph.neighborhood(of: entity.id, depth: 2)))
            let selection = GraphSelection(focus: entity.name, depth: 1, article: nil)
            #expect(GraphExport(graph: try selection.load(from: store)) == GraphExport(graph: try selection.apply(to: graph)))
            for other in graph.entities {
                #expect(try store.shortestPath(from: entity.id, to: other.id) == graph.shortestPath(from: entity.id, to: other.id))
            }
            let word = String(NameNormalizer.fold(entity.name).split(separator: " ").last ?? "")
            #expect(try store.entities(search: word) == graph.entities(search: word))
        }
        let article = try #require(graph.articles.first)
        let share = GraphSelection(focus: nil, depth: 2, article: (article.path as NSString).lastPathComponent)
        #expect(try share.load(from: store).entities == share.apply(to: graph).entities)
        let unknown = GraphSelection(focus: nil, depth: 2, article: "no-such-article.txt")
        #expect(throws: SelectionError.self) { try unknown.load(from: store) }
        #expect(throws: GraphQueryError.unknownEntity("Hoang Phuc Lamm", suggestions: ["Hoàng Phúc Lâm"])) {
            try store.resolve("Hoang Phuc Lamm")
        }
    }
}
