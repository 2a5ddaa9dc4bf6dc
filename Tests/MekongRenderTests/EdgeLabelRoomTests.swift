import MekongCore
import Testing

@testable import MekongRender

/// The force-directed engines place nodes as if edges had no labels; overlap removal then left two linked
/// boxes a few points apart, with the label drawn under them (the summary of a 1,000-article store showed
/// "phối hợp với" as "hợp" between two committees). There the label is a node in the middle of its edge:
/// checked on Graphviz's own layout coordinates.
@Suite("Edge labels beside the nodes")
struct EdgeLabelRoomTests {
    let renderer = GraphvizRenderer()

    @Test("no edge label lies under an entity", arguments: [GraphLayout.neato, .sfdp, .fdp, .circo, .twopi], [false, true])
    func labelsClearOfNodes(layout: GraphLayout, compact: Bool) throws {
        for graph in [RenderFixtures.chain(8), RenderFixtures.anGiang, RenderFixtures.star(leaves: 12)] {
            let placed = try renderer.layout(graph, options: RenderOptions(layout: layout, compact: compact))
            for relation in graph.relations {
                let label = try #require(placed.nodes[GraphvizGraph.labelNodePrefix + relation.id], "\(layout): no label for \(relation.id)")
                for entity in graph.entities {
                    let node = try #require(placed.nodes[entity.id])
                    #expect(!label.intersects(node), "\(layout): the label of \(relation.id) at \(label) lies under \(entity.name) at \(node)")
                }
            }
        }
    }

    @Test("dot keeps labels on the edges: it leaves room for them itself")
    func dotKeepsEdgeLabels() throws {
        let description = GraphvizGraph(RenderFixtures.chain(3), options: RenderOptions(layout: .dot))
        #expect(description.edges.count == 2)
        #expect(description.edges.allSatisfy { $0.attributes.contains { $0.name == "label" } })
        #expect(!description.nodes.contains { $0.name.hasPrefix(GraphvizGraph.labelNodePrefix) })
    }

    @Test("in boxes (fdp draws them), a label between two entities of one box is in that box, others outside")
    func labelsInTheirBox() throws {
        let graph = RenderFixtures.anGiang
        let description = GraphvizGraph(graph, options: RenderOptions(layout: .fdp, clustering: .parent))
        let box = try #require(description.subgraphs.first)
        let boxed = Set(box.nodes.map(\.name))
        for relation in graph.relations {
            let label = GraphvizGraph.labelNodePrefix + relation.id
            let inside = boxed.contains(relation.subject) && boxed.contains(relation.object)
            #expect(boxed.contains(label) == inside, "\(relation.predicate) \(relation.subject) → \(relation.object)")
            #expect(description.nodes.contains { $0.name == label } == !inside)
        }
        #expect(graph.relations.contains { boxed.contains($0.subject) && boxed.contains($0.object) })
    }

    @Test("a split edge keeps its id, tooltip and link on the half that reaches the head")
    func splitEdgeKeepsItsIdentity() throws {
        let graph = RenderFixtures.chain(2)
        let relation = try #require(graph.relations.first)
        let description = GraphvizGraph(graph, options: RenderOptions(layout: .neato))
        #expect(description.edges.map(\.tail) == [relation.subject, GraphvizGraph.labelNodePrefix + relation.id])
        let toHead = try #require(description.edges.last)
        #expect(toHead.head == relation.object)
        #expect(toHead.attributes.contains(GraphvizGraph.Attribute("id", relation.id)))
        #expect(toHead.attributes.contains { $0.name == "tooltip" })
        #expect(description.edges.first?.attributes.contains(GraphvizGraph.Attribute("arrowhead", "none")) == true)
    }
}
