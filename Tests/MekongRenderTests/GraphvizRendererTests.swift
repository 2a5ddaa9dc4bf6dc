import Foundation
import MekongCore
import Testing

@testable import MekongRender

@Suite struct GraphvizRendererTests {
    let renderer = GraphvizRenderer()

    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func svgIsXMLWithVietnameseLabels() throws {
        let bytes = try renderer.render(RenderFixtures.anGiang, options: RenderOptions(format: .svg, title: "Tỉnh An Giang"))
        let svg = try SVGInspector(bytes)
        #expect(svg.document.rootElement()?.localName == "svg")

        let academy = try #require(svg.group(id: RenderFixtures.academy.id))
        #expect(academy.kind == "node")
        #expect(academy.texts == ["Học viện Chính trị quốc gia Hồ Chí Minh"])
        #expect(academy.tooltips.contains("Học viện Chính trị quốc gia Hồ Chí Minh (organization)\nAliases: Học viện"))
        let person = try #require(svg.group(id: RenderFixtures.deputySecretary.id))
        #expect(person.texts == ["Lê Văn Nưng"])
        #expect(svg.allTexts.contains("Tỉnh An Giang"))
        // One group per entity plus one per legend sample.
        #expect(svg.groups(kind: "node").count == RenderFixtures.anGiang.entities.count + 5)
        #expect(svg.groups(kind: "edge").count == RenderFixtures.anGiang.relations.count)
    }

    @Test func edgesAreLabelledWithPredicateAndTitleOrDate() throws {
        let svg = try SVGInspector(renderer.render(RenderFixtures.anGiang, options: RenderOptions()))
        let holds = try #require(svg.group(id: RenderFixtures.anGiang.relations[0].id))
        #expect(holds.texts == ["holds_position", "Phó Bí thư Thường trực"])
        let issued = try #require(svg.group(id: RenderFixtures.anGiang.relations[3].id))
        #expect(issued.texts == ["issued", "2021-05-19"])
        let partOf = try #require(svg.group(id: RenderFixtures.anGiang.relations[1].id))
        #expect(partOf.texts == ["part_of"])
    }

    @Test func edgeTooltipIsTheEvidenceSentence() throws {
        let svg = try SVGInspector(renderer.render(RenderFixtures.anGiang, options: RenderOptions()))
        let holds = try #require(svg.group(id: RenderFixtures.anGiang.relations[0].id))
        #expect(holds.tooltips.contains(RenderFixtures.positionSentence))
        let cooperation = try #require(svg.group(id: RenderFixtures.anGiang.relations[4].id))
        #expect(cooperation.tooltips.contains(RenderFixtures.cooperationSentence + "\n(+1 more)"))
    }

    @Test func longEvidenceIsTruncated() throws {
        let sentence = String(repeating: "Tỉnh ủy An Giang phối hợp với Học viện. ", count: 20)
        let relation = RenderFixtures.relation(
            RenderFixtures.academy, .cooperatesWith, RenderFixtures.province, sentences: [sentence])
        let graph = KnowledgeGraph(entities: [RenderFixtures.academy, RenderFixtures.province], relations: [relation])
        let svg = try SVGInspector(renderer.render(graph, options: RenderOptions()))
        let tooltip = try #require(svg.group(id: relation.id)?.tooltips.first)
        #expect(tooltip.count <= GraphvizGraph.evidenceLimit)
        #expect(tooltip.hasSuffix("…"))
        #expect(sentence.hasPrefix(String(tooltip.dropLast())))
    }

    @Test func legendHasOneSamplePerTypePresent() throws {
        let svg = try SVGInspector(renderer.render(RenderFixtures.anGiang, options: RenderOptions()))
        let legend = try #require(svg.groups(kind: "cluster").first { $0.title == "cluster_legend" })
        #expect(legend.texts == ["Legend"])
        let samples = svg.groups(kind: "node").filter { $0.title.hasPrefix("legend:") }
        #expect(samples.map(\.texts) == [["document"], ["event"], ["organization"], ["person"], ["place"]])
    }

    @Test func trickyNameSurvivesInSVG() throws {
        let svg = try SVGInspector(renderer.render(RenderFixtures.trickyGraph, options: RenderOptions()))
        let node = try #require(svg.group(id: "org:tricky"))
        #expect(node.texts == [RenderFixtures.trickyName])
        #expect(node.tooltips == [RenderFixtures.trickyName + " (organization)\nAliases: alias \"quoted\""])
    }

    @Test func trickyNameIsEscapedInDOT() throws {
        let dot = text(try renderer.render(RenderFixtures.trickyGraph, options: RenderOptions(format: .dot)))
        // DOT escapes the quotes; the escString doubles the backslashes and guards the entity.
        #expect(dot.contains(#"label="Ban \"Đặc biệt\" C:\\dir\\n <b>đậm</b> & Co &amp;amp; \\N""#))
        #expect(dot.contains(#"tooltip="Ban \"Đặc biệt\" C:\\\\dir\\\\n <b>đậm</b> & Co &amp;amp; \\\\N (organization)\nAliases: alias \"quoted\"""#))
    }

    @Test func pngHasThePNGSignature() throws {
        let bytes = try renderer.render(RenderFixtures.anGiang, options: RenderOptions(format: .png))
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(bytes.count > 1000)
    }

    @Test func pdfStartsWithPDFHeader() throws {
        let bytes = try renderer.render(RenderFixtures.anGiang, options: RenderOptions(format: .pdf))
        #expect(text(Array(bytes.prefix(5))) == "%PDF-")
        #expect(text(Array(bytes.suffix(8))).contains("%%EOF"))
    }

    @Test(arguments: GraphLayout.allCases)
    func everyLayoutRenders(layout: GraphLayout) throws {
        let svg = try SVGInspector(renderer.render(RenderFixtures.anGiang, options: RenderOptions(layout: layout)))
        #expect(svg.group(id: RenderFixtures.deputySecretary.id)?.texts == ["Lê Văn Nưng"])
        #expect(svg.groups(kind: "edge").count == RenderFixtures.anGiang.relations.count)
    }

    @Test(arguments: RenderFormat.allCases)
    func emptyGraphSaysSo(format: RenderFormat) throws {
        let bytes = try renderer.render(KnowledgeGraph(), options: RenderOptions(format: format))
        #expect(!bytes.isEmpty)
        if format == .svg { #expect(try SVGInspector(bytes).allTexts == ["(empty graph)"]) }
        if format == .dot { #expect(text(bytes).contains(#"label="(empty graph)""#)) }
    }

    @Test func dotIsDeterministicWhateverTheInputOrder() throws {
        let graph = RenderFixtures.anGiang
        let shuffled = KnowledgeGraph(entities: graph.entities.reversed(), relations: graph.relations.reversed())
        let options = RenderOptions(format: .dot)
        let first = try renderer.render(graph, options: options)
        #expect(try renderer.render(shuffled, options: options) == first)
        #expect(try renderer.render(graph, options: options) == first)
    }

    /// Regenerate with `MEKONG_UPDATE_GOLDEN=1 swift test --filter MekongRenderTests`.
    @Test func dotMatchesGolden() throws {
        let options = RenderOptions(layout: .neato, format: .dot, title: "Tỉnh An Giang")
        let dot = text(try renderer.render(RenderFixtures.golden, options: options))
        if ProcessInfo.processInfo.environment["MEKONG_UPDATE_GOLDEN"] == "1" {
            // The new text takes effect at the next build; comparing with the old one now proves nothing.
            try RenderGoldenFiles.update(goldenDOT: dot)
            return
        }
        #expect(dot == RenderGoldenFiles.goldenDOT)
    }

    @Test func concurrentRendersFromManyTasks() async throws {
        let renderer = self.renderer
        let reference = try renderer.render(RenderFixtures.anGiang, options: RenderOptions())
        let results = try await withThrowingTaskGroup(of: [[UInt8]].self) { group in
            for task in 0..<8 {
                group.addTask {
                    var outputs: [[UInt8]] = []
                    for round in 0..<5 {
                        let format: RenderFormat = (task + round) % 4 == 0 ? .png : .svg
                        let bytes = try renderer.render(RenderFixtures.anGiang, options: RenderOptions(format: format))
                        if format == .svg { outputs.append(bytes) }
                    }
                    return outputs
                }
            }
            var all: [[UInt8]] = []
            for try await outputs in group { all += outputs }
            return all
        }
        #expect(results.count == 30)
        #expect(results.allSatisfy { $0 == reference })
    }

    @Test func layoutFailureCarriesGraphvizMessage() throws {
        let description = GraphvizGraph(RenderFixtures.anGiang, options: RenderOptions())
        #expect {
            try GraphvizSession.render(description, as: .rendered(engine: "no-such-engine", format: "svg"))
        } throws: { error in
            guard case RenderError.layoutFailed(let engine, let message) = error else { return false }
            return engine == "no-such-engine" && message.contains(#"Layout type: "no-such-engine" not recognized"#)
        }
        // Graphviz's error state is reset: the next render works.
        #expect(try !renderer.render(RenderFixtures.anGiang, options: RenderOptions()).isEmpty)
    }

    @Test func renderFailureCarriesGraphvizMessage() throws {
        let description = GraphvizGraph(RenderFixtures.anGiang, options: RenderOptions())
        do {
            _ = try GraphvizSession.render(description, as: .rendered(engine: "dot", format: "no-such-format"))
            Issue.record("rendering into an unknown format succeeded")
        } catch {
            guard case .renderFailed(let format, let message) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(format == "no-such-format")
            #expect(message.contains("no-such-format"))
            #expect(error.errorDescription?.contains(message) == true)
        }
    }
}
