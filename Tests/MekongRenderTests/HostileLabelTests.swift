import Foundation
import MekongCore
import Testing

@testable import MekongRender

/// Names from rule packs and plugins can be anything: every label is bounded and cleaned before Graphviz
/// sees it, so a huge or hostile name neither crashes Graphviz nor breaks the SVG.
@Suite("Hostile labels")
struct HostileLabelTests {
    let renderer = GraphvizRenderer()

    static let manyLines = (1...40_000).map { "dòng \($0)" }.joined(separator: "\n")
    static let longLine = String(repeating: "Ủy ban nhân dân ", count: 6_250)  // 100,000 characters

    private func graph(named name: String) -> KnowledgeGraph {
        let hostile = Entity(id: "org:hostile", type: .organization, name: name, aliases: [])
        return KnowledgeGraph(
            entities: [hostile, RenderFixtures.province],
            relations: [RenderFixtures.relation(hostile, .locatedIn, RenderFixtures.province, attributes: ["title": name])])
    }

    @Test("a 40,000-line and a 100,000-character label render as SVG and PNG, shortened, with the tooltip saying so",
          arguments: ["40,000 lines", "100,000 characters"])
    func hugeLabelsRender(kind: String) throws {
        // The argument names the case: the name itself would flood the test log.
        let name = kind == "40,000 lines" ? Self.manyLines : Self.longLine
        let graph = graph(named: name)
        let svg = try SVGInspector(renderer.render(graph, options: RenderOptions(format: .svg, title: name)))
        let node = try #require(svg.groups.first { $0.kind == "node" && $0.title == "org:hostile" })
        #expect(node.texts.count <= GraphvizText.labelLineLimit)
        #expect(node.texts.joined().count <= GraphvizText.labelCharacterLimit + 1)
        #expect(node.texts.last?.hasSuffix("…") == true)
        #expect(node.tooltips.joined().contains("the label is shortened"))
        // The tooltip keeps the full text up to its own, larger bound.
        #expect(node.tooltips.joined().count > GraphvizText.labelCharacterLimit * 4)
        let edge = try #require(svg.groups.first { $0.kind == "edge" })
        #expect(edge.texts.count <= 1 + GraphvizText.labelLineLimit)
        let png = try renderer.render(graph, options: RenderOptions(format: .png))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // A real drawing, not Graphviz's tiny error image.
        #expect(png.count > 4_000)
    }

    @Test("control characters never reach DOT or SVG")
    func controlCharactersRemoved() throws {
        let name = "Công ty \u{1B}[31mĐỏ\u{1B}[0m\u{07}\u{0B}\u{0C}\u{7F}\u{85} Bình"
        let graph = graph(named: name)
        let dot = try renderer.render(graph, options: RenderOptions(format: .dot))
        #expect(!dot.contains { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 })
        #expect(!String(decoding: dot, as: UTF8.self).unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
        let svg = try SVGInspector(renderer.render(graph, options: RenderOptions(format: .svg)))
        let node = try #require(svg.groups.first { $0.kind == "node" && $0.title == "org:hostile" })
        #expect(node.texts == ["Công ty [31mĐỏ[0m Bình"])
    }

    @Test("bounding keeps short names intact and cuts long ones at the limits")
    func bounding() {
        #expect(GraphvizText.boundedLabel("Tỉnh ủy An Giang") == ("Tỉnh ủy An Giang", false))
        let lines = GraphvizText.boundedLabel("a\nb\nc\nd\ne\nf")
        #expect(lines.text == "a\nb\nc\nd…" && lines.truncated)
        let long = GraphvizText.boundedLabel(String(repeating: "x", count: 500))
        #expect(long.truncated && long.text.count == GraphvizText.labelCharacterLimit)
    }
}
