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
        // One group per entity and one per relation, besides the legend's samples.
        #expect(svg.groups(kind: "node").filter { !$0.title.hasPrefix("legend:") }.count == RenderFixtures.anGiang.entities.count)
        // One edge per relation, with the relation's id (in the force-directed layouts the half that reaches
        // the head; the other half's id ends in -tail).
        let edges = svg.groups(kind: "edge").filter { !$0.title.hasPrefix("legend:") && !$0.id.hasSuffix("-tail") }
        #expect(Set(edges.map(\.id)) == Set(RenderFixtures.anGiang.relations.map(\.id)))
    }

    @Test("edges are labelled in Vietnamese by default, a post by its title alone, dates as people write them")
    func edgesAreLabelledInVietnamese() throws {
        let svg = try SVGInspector(renderer.render(RenderFixtures.anGiang, options: RenderOptions()))
        let holds = try #require(svg.group(id: RenderFixtures.anGiang.relations[0].id))
        #expect(holds.texts == ["Phó Bí thư Thường trực"])
        let issued = try #require(svg.group(id: RenderFixtures.anGiang.relations[3].id))
        #expect(issued.texts == ["ban hành", "19/5/2021"])
        let partOf = try #require(svg.group(id: RenderFixtures.anGiang.relations[1].id))
        #expect(partOf.texts == ["trực thuộc"])
    }

    @Test("--labels en labels edges in English")
    func edgesAreLabelledInEnglish() throws {
        let svg = try SVGInspector(renderer.render(RenderFixtures.anGiang, options: RenderOptions(language: .en)))
        #expect(svg.group(id: RenderFixtures.anGiang.relations[0].id)?.texts == ["Phó Bí thư Thường trực"])
        #expect(svg.group(id: RenderFixtures.anGiang.relations[3].id)?.texts == ["issued", "19/5/2021"])
        #expect(svg.group(id: RenderFixtures.anGiang.relations[1].id)?.texts == ["part of"])
        #expect(svg.group(id: RenderFixtures.anGiang.relations[4].id)?.texts == ["cooperates with"])
    }

    @Test("a post without a title is labelled by the predicate")
    func untitledPost() throws {
        let relation = RenderFixtures.relation(RenderFixtures.deputySecretary, .holdsPosition, RenderFixtures.provincialCommittee)
        let graph = KnowledgeGraph(entities: [RenderFixtures.deputySecretary, RenderFixtures.provincialCommittee], relations: [relation])
        let svg = try SVGInspector(renderer.render(graph, options: RenderOptions()))
        #expect(svg.group(id: relation.id)?.texts == ["giữ chức vụ tại"])
    }

    @Test("dates print as people write them", arguments: [
        ("2021-06-23", "23/6/2021"), ("2021-06", "6/2021"), ("2021", "2021"), ("--06-23", "23/6"), ("--12-01", "1/12"),
        ("khóa XIII", "khóa XIII"), ("2021-13-01", "2021-13-01"), ("", ""),
    ])
    func datesAsPeopleWriteThem(iso: String, shown: String) {
        #expect(DiagramDate.display(iso) == shown)
    }

    @Test("a date without a year on an edge and a date entity print without ISO dashes")
    func datesInTheDrawing() throws {
        let day = Entity(id: "date:--06-23", type: .date, name: "--06-23")
        let meeting = RenderFixtures.relation(
            RenderFixtures.academy, .metWith, RenderFixtures.standingCommittee, attributes: ["date": "--06-23"])
        let graph = KnowledgeGraph(
            entities: [RenderFixtures.academy, RenderFixtures.standingCommittee, day], relations: [meeting])
        let svg = try SVGInspector(renderer.render(graph, options: RenderOptions()))
        #expect(svg.group(id: meeting.id)?.texts == ["làm việc với", "23/6"])
        #expect(svg.group(id: day.id)?.texts == ["23/6"])
        #expect(!svg.allTexts.contains { $0.contains("--") })
    }

    @Test("edges are coloured and styled by predicate, the same in the legend")
    func edgesStyledByPredicate() throws {
        let dot = text(try renderer.render(RenderFixtures.anGiang, options: RenderOptions(format: .dot)))
        let description = GraphvizGraph(RenderFixtures.anGiang, options: RenderOptions())
        let colours = Dictionary(
            description.edges.map { edge in
                (edge.attributes.first { $0.name == "id" }!.value, edge.attributes.first { $0.name == "color" }!.value)
            }, uniquingKeysWith: { first, _ in first })
        let relations = RenderFixtures.anGiang.relations
        // Five predicates, five colours; located_in dashed.
        #expect(Set(relations.map { colours[$0.id]! }).count == 5)
        #expect(colours[relations[2].id] == PredicateStyle(for: .locatedIn).color)
        #expect(PredicateStyle(for: .locatedIn).line == "dashed")
        let legendLines = try #require(description.legend).predicates.map { $0.line.attributes.first { $0.name == "color" }!.value }
        #expect(Set(legendLines) == Set(colours.values))
        #expect(dot.contains(#"style=dashed"#))
    }

    @Test("the focus entity is framed and others are not")
    func focusIsHighlighted() throws {
        let options = RenderOptions(focus: RenderFixtures.provincialCommittee.id)
        let description = GraphvizGraph(RenderFixtures.anGiang, options: options)
        for node in description.nodes {
            let framed = node.attributes.contains(GraphvizGraph.Attribute("penwidth", "3"))
            #expect(framed == (node.name == RenderFixtures.provincialCommittee.id), "\(node.name)")
        }
        let svg = String(decoding: try renderer.render(RenderFixtures.anGiang, options: options), as: UTF8.self)
        #expect(svg.contains(##"stroke="#cc0000""##))
    }

    @Test("without a layout, small graphs are drawn by dot and large ones by sfdp")
    func layoutChosenBySize() throws {
        #expect(RenderOptions().engine(forEntityCount: 8) == .dot)
        #expect(RenderOptions().engine(forEntityCount: GraphLayout.hierarchicalLimit + 1) == .sfdp)
        #expect(RenderOptions(layout: .circo).engine(forEntityCount: 500) == .circo)
        let small = text(try renderer.render(RenderFixtures.anGiang, options: RenderOptions(format: .dot)))
        #expect(small.contains("layout=dot"))
        let large = text(try renderer.render(RenderFixtures.star(leaves: 60), options: RenderOptions(format: .dot)))
        #expect(large.contains("layout=sfdp"))
    }

    @Test("past the edge label limit, labels move into the tooltips")
    func manyEdgesKeepLabelsInTooltips() throws {
        let graph = RenderFixtures.star(leaves: GraphvizGraph.edgeLabelLimit + 1)
        let svg = try SVGInspector(renderer.render(graph, options: RenderOptions(layout: .sfdp)))
        let edge = try #require(svg.group(id: graph.relations[0].id))
        #expect(edge.texts.isEmpty)
        #expect(edge.tooltips.first?.hasPrefix("trực thuộc") == true)
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
        #expect(legend.texts.isEmpty)
        #expect(svg.groups.contains { $0.title == "legend:heading" && $0.texts == ["Chú giải"] })
        let types = ["document", "event", "organization", "person", "place"]
        #expect(types.map { type in svg.groups.first { $0.title == "legend:" + type }?.texts ?? [] }
            == [["văn bản"], ["sự kiện"], ["tổ chức"], ["cá nhân"], ["địa danh"]])
        let predicates = ["cooperates_with", "holds_position", "issued", "located_in", "part_of"]
        #expect(predicates.map { name in svg.groups.first { $0.title == "legend:predicate:" + name }?.texts ?? [] }
            == [["phối hợp với"], ["giữ chức vụ tại"], ["ban hành"], ["đặt tại"], ["trực thuộc"]])
        let english = try SVGInspector(renderer.render(RenderFixtures.anGiang, options: RenderOptions(language: .en)))
        #expect(english.groups.contains { $0.title == "legend:heading" && $0.texts == ["Legend"] })
        #expect(english.groups.first { $0.title == "legend:organization" }?.texts == ["organization"])
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
        // One edge per relation, with the relation's id (in the force-directed layouts the half that reaches
        // the head; the other half's id ends in -tail).
        let edges = svg.groups(kind: "edge").filter { !$0.title.hasPrefix("legend:") && !$0.id.hasSuffix("-tail") }
        #expect(Set(edges.map(\.id)) == Set(RenderFixtures.anGiang.relations.map(\.id)))
    }

    @Test(arguments: RenderFormat.allCases)
    func emptyGraphSaysSo(format: RenderFormat) throws {
        let bytes = try renderer.render(KnowledgeGraph(), options: RenderOptions(format: format))
        #expect(!bytes.isEmpty)
        if format == .svg { #expect(try SVGInspector(bytes).allTexts == ["(đồ thị trống)"]) }
        if format == .dot { #expect(text(bytes).contains(#"label="(đồ thị trống)""#)) }
    }

    @Test func dotIsDeterministicWhateverTheInputOrder() throws {
        let graph = RenderFixtures.anGiang
        let shuffled = KnowledgeGraph(entities: graph.entities.reversed(), relations: graph.relations.reversed())
        let options = RenderOptions(format: .dot)
        let first = try renderer.render(graph, options: options)
        #expect(try renderer.render(shuffled, options: options) == first)
        #expect(try renderer.render(graph, options: options) == first)
    }

    /// The DOT of fixed graphs, compared with `Golden/NAME.dot`. Regenerate with
    /// `MEKONG_UPDATE_GOLDEN=1 swift test --filter MekongRenderTests` and review the diff.
    @Test("DOT matches the golden file", arguments: [
        ("an-giang-neato", RenderFixtures.golden, RenderOptions(layout: .neato, format: .dot, title: "Tỉnh An Giang")),
        ("an-giang-dot-en-focus", RenderFixtures.anGiang,
         RenderOptions(format: .dot, caption: "12 entities without relations are not drawn.", language: .en,
                       focus: RenderFixtures.deputySecretary.id)),
        ("meeting-dates", RenderFixtures.meetings, RenderOptions(format: .dot)),
    ])
    func dotMatchesGolden(name: String, graph: KnowledgeGraph, options: RenderOptions) throws {
        let dot = text(try renderer.render(graph, options: options))
        if RenderGoldenFiles.recording {
            try RenderGoldenFiles.record(name + ".dot", dot)
            return
        }
        let expected = try #require(
            RenderGoldenFiles.expected(name + ".dot"), "no Golden/\(name).dot: record it with MEKONG_UPDATE_GOLDEN=1")
        #expect(dot == expected)
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

@Suite("Clusters (render --cluster)")
struct ClusterTests {
    @Test("by parent: a body, its units and the holders of their posts share the top body's box; others stay out")
    func byParent() {
        let description = GraphvizGraph(RenderFixtures.anGiang, options: RenderOptions(clustering: .parent))
        #expect(description.subgraphs.count == 1)
        let cluster = description.subgraphs.first
        #expect(cluster?.attributes.contains(GraphvizGraph.Attribute("label", GraphvizText.label(["Tỉnh ủy An Giang"]))) == true)
        #expect(Set(cluster?.nodes.map(\.name) ?? []) == [
            RenderFixtures.provincialCommittee.id, RenderFixtures.standingCommittee.id, RenderFixtures.deputySecretary.id,
        ])
        #expect(!description.nodes.contains { $0.name == RenderFixtures.provincialCommittee.id })
        #expect(description.nodes.contains { $0.name == RenderFixtures.academy.id })
    }

    @Test("by province: the place with the bodies in it, their units, and the holders of posts there")
    func byProvince() {
        let description = GraphvizGraph(RenderFixtures.anGiang, options: RenderOptions(clustering: .province))
        #expect(description.subgraphs.map(\.nodes).map { Set($0.map(\.name)) } == [[
            RenderFixtures.province.id, RenderFixtures.provincialCommittee.id, RenderFixtures.standingCommittee.id,
            RenderFixtures.deputySecretary.id,
        ]])
        // Without the option, no cluster but the legend's.
        #expect(GraphvizGraph(RenderFixtures.anGiang, options: RenderOptions()).subgraphs.isEmpty)
    }

    @Test("a clustered graph draws with dot, its boxes labelled")
    func drawn() throws {
        let svg = try String(decoding: GraphvizRenderer().render(
            RenderFixtures.anGiang, options: RenderOptions(layout: .dot, clustering: .province)), as: UTF8.self)
        // The cluster's group, from its title to the group's end, carries its label (the place node's own label
        // is elsewhere).
        let cluster = try #require(svg.range(of: "<title>cluster_1</title>"), "\(svg.prefix(400))")
        let groupEnd = try #require(svg.range(of: "</g>", range: cluster.upperBound..<svg.endIndex))
        #expect(svg[cluster.upperBound..<groupEnd.lowerBound].contains(">An Giang</text>"))
    }
}
