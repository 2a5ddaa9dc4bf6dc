import MekongCore
import Testing

@testable import MekongRender

/// The legend is drawn beside the drawing, never over it, in every layout: checked on Graphviz's own layout
/// coordinates (node boxes and the legend cluster's bounding box after the final layout).
@Suite("Legend beside the drawing")
struct LegendOverlapTests {
    let renderer = GraphvizRenderer()

    static let graphs: [(String, KnowledgeGraph)] = [
        ("An Giang", RenderFixtures.anGiang), ("a hub with 60 bodies", RenderFixtures.star(leaves: 60)),
        ("meetings", RenderFixtures.meetings),
    ]

    @Test("the legend's box intersects no entity node", arguments: GraphLayout.allCases, [0, 1, 2])
    func legendCoversNoEntity(layout: GraphLayout, graphIndex: Int) throws {
        let (_, graph) = Self.graphs[graphIndex]
        let placed = try renderer.layout(graph, options: RenderOptions(layout: layout, title: "Tỉnh An Giang"))
        let legend = try #require(placed.clusters["cluster_legend"])
        #expect(legend.width > 20 && legend.height > 20)
        for entity in graph.entities {
            let node = try #require(placed.nodes[entity.id], "\(entity.id) was not laid out")
            #expect(!legend.intersects(node), "\(layout): the legend \(legend) covers \(entity.name) at \(node)")
        }
        // Every sample is inside the legend's frame, and the whole drawing holds both.
        let samples = placed.nodes.filter { $0.key.hasPrefix("legend:") }
        #expect(!samples.isEmpty)
        for (name, box) in samples { #expect(legend.contains(box), "\(layout): \(name) at \(box) is outside \(legend)") }
        #expect(placed.bounds.contains(legend))
    }

    @Test("the entities keep the places their engine gave them: the legend is not laid out with them")
    func legendTakesNoPartInTheLayout() throws {
        // With and without the legend, neato puts the entities at the same relative places.
        let graph = RenderFixtures.anGiang
        let options = RenderOptions(layout: .neato)
        let with = try renderer.layout(graph, options: options)
        var bare = GraphvizGraph(graph, options: options)
        bare.legend = nil
        let without = try GraphvizSession.layout(bare, engine: "neato")
        let first = graph.entities[0].id
        for entity in graph.entities {
            let dxWith = with.nodes[entity.id]!.minX - with.nodes[first]!.minX
            let dxWithout = without.nodes[entity.id]!.minX - without.nodes[first]!.minX
            let dyWith = with.nodes[entity.id]!.minY - with.nodes[first]!.minY
            let dyWithout = without.nodes[entity.id]!.minY - without.nodes[first]!.minY
            #expect(abs(dxWith - dxWithout) < 1 && abs(dyWith - dyWithout) < 1, "\(entity.name) moved")
        }
    }
}
