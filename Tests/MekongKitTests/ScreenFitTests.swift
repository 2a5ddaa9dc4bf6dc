import Foundation
import MekongKit
import Testing

/// The whole-graph summary of a large store fits one screen at 100 % zoom with its labels at their own size:
/// entities are cut, not the drawing scaled.
@Suite("Whole-graph summary fitted to a screen")
struct ScreenFitTests {
    /// A store of `articles` synthetic articles, stored straight (no extraction, so it is fast in debug): each
    /// names a provincial committee with four officials, a department of it and the province; each committee
    /// cooperates with an earlier one (a tree, three to a parent), so the graph is a few hundred connected
    /// entities with long names.
    static func store(articles: Int) throws -> GraphStore {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(contentsOf: (0..<articles).map(article))
        return store
    }

    static func article(_ k: Int) -> ArticleContribution {
        let articleID = "synthetic-\(k)"
        var entities: [Entity] = []
        var relations: [Relation] = []
        func entity(_ name: String, _ type: EntityType) -> Entity {
            let found = Entity(
                id: StableID.entity(type: type, name: name), type: type, name: name,
                mentions: [Mention(article: articleID, start: 0, end: 1, text: name)])
            entities.append(found)
            return found
        }
        func relate(_ subject: Entity, _ predicate: MekongCore.Predicate, _ object: Entity, _ attributes: [String: String] = [:]) {
            relations.append(Relation(
                id: StableID.relation(subject: subject.id, predicate: predicate, object: object.id, attributes: attributes),
                subject: subject.id, predicate: predicate, object: object.id, attributes: attributes,
                evidence: [Evidence(article: articleID, start: 0, end: 1, text: "x", extractor: "test", confidence: 0.9)]))
        }
        let province = entity("Tỉnh số \(k)", .place)
        let committee = entity("Ban Thường vụ Tỉnh ủy tỉnh số \(k)", .organization)
        let department = entity("Sở Kế hoạch và Đầu tư tỉnh số \(k)", .organization)
        relate(committee, .locatedIn, province)
        relate(department, .partOf, committee)
        for official in 0..<4 {
            relate(entity("Nguyễn Văn Cán Bộ \(k)-\(official)", .person), .holdsPosition, committee, ["title": "Phó Bí thư"])
        }
        if k > 0 { relate(committee, .cooperatesWith, entity("Ban Thường vụ Tỉnh ủy tỉnh số \((k - 1) / 3)", .organization)) }
        let article = Article(
            id: articleID, title: "Bài \(k)", path: "synthetic/\(k).txt", source: "Test", published: nil,
            sha256: articleID, text: "x")
        return ArticleContribution(article: article, entities: entities, relations: relations)
    }

    static func options(_ summary: GraphSummary) -> RenderOptions {
        RenderOptions(format: .svg, caption: summary.caption(in: .vi))
    }

    /// The SVG's declared width and height in points, and the numbers of its viewBox.
    static func declaredSize(_ svg: String) throws -> (width: Double, height: Double, viewBox: [Double]) {
        func number(_ attribute: String) throws -> Double {
            let match = try #require(svg.firstMatch(of: try Regex("<svg width=\"[^\"]*\"[^>]*")))
            let tag = String(svg[match.range])
            let value = try #require(tag.firstMatch(of: try Regex("\(attribute)=\"([0-9.]+)pt\"")))
            return try #require(Double(String(tag[value.output[1].range!])))
        }
        let viewBox = try #require(svg.firstMatch(of: try Regex("viewBox=\"([0-9. -]+)\"")))
        let numbers = String(svg[viewBox.output[1].range!]).split(separator: " ").compactMap { Double(String($0)) }
        return (try number("width"), try number("height"), numbers)
    }

    @Test("a store too large for one screen is drawn with fewer entities, within 1920 × 1080 px, labels unscaled")
    func summaryFitsTheScreen() throws {
        let store = try Self.store(articles: 40)
        let screen = DiagramScreen.fullHD

        // Without the fit the default summary is larger than the screen: the store needs the cut.
        let whole = try GraphSelection(focus: nil, depth: 1, article: nil).drawing(from: store, options: Self.options)
        let wholeSize = try Self.declaredSize(String(decoding: whole.bytes, as: UTF8.self))
        #expect(wholeSize.width * 4 / 3 > Double(screen.width) || wholeSize.height * 4 / 3 > Double(screen.height))

        let fitted = try GraphSelection(focus: nil, depth: 1, article: nil, screen: screen)
            .drawing(from: store, options: Self.options)
        let svg = String(decoding: fitted.bytes, as: UTF8.self)
        let size = try Self.declaredSize(svg)
        #expect(size.width * 4 / 3 <= Double(screen.width), "the drawing is \(size.width) pt wide")
        #expect(size.height * 4 / 3 <= Double(screen.height), "the drawing is \(size.height) pt high")
        let fits = fitted.fitsScreen
        #expect(fits)
        let drawn = fitted.summary.graph.entities.count
        #expect(drawn < whole.summary.graph.entities.count)
        // Not a token drawing: a screenful of entities (each edge's label takes room of its own beside them, so
        // fewer fit than when the labels lay under their neighbours).
        #expect(drawn >= 12)

        // Drawn at 100 %: one SVG unit is one point, nothing scaled, and no text under 9 pt (12 px).
        #expect(size.viewBox.count == 4 && abs(size.viewBox[2] - size.width) < 1 && abs(size.viewBox[3] - size.height) < 1)
        #expect(svg.contains("transform=\"scale(1 1)"))
        let fontSizes = svg.matches(of: try Regex("font-size=\"([0-9.]+)\"")).compactMap { Double(String(svg[$0.output[1].range!])) }
        #expect(!fontSizes.isEmpty)
        #expect(fontSizes.allSatisfy { $0 * 4 / 3 >= DiagramScreen.minimumFontPixels }, "font sizes: \(Set(fontSizes))")

        // The caption says what the cut left out.
        let leftOut = (fitted: fitted.summary.leftOutConnectedEntities, whole: whole.summary.leftOutConnectedEntities)
        #expect(leftOut.fitted > leftOut.whole)
        #expect(svg.contains("Vẽ \(drawn) trong số"))
    }

    @Test("a summary that fits the screen as it is keeps the layout its size chooses, not the compact one")
    func smallSummaryKeepsItsLayout() throws {
        let store = try Self.store(articles: 2)
        let fitted = try GraphSelection(focus: nil, depth: 1, article: nil, screen: .fullHD).drawing(from: store) { summary in
            RenderOptions(format: .dot, caption: summary.caption(in: .vi))
        }
        let dot = String(decoding: fitted.bytes, as: UTF8.self)
        #expect(fitted.fitsScreen)
        #expect(dot.contains("layout=dot"), "\(dot.prefix(400))")
        #expect(!dot.contains("K=0.03"), "\(dot.prefix(400))")
    }

    @Test("an explicit --max-nodes is drawn whole, however large; --screen fits it and rejects what it cannot read")
    func maxNodesAndScreenOptions() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.path("store.sqlite")
        do {
            let store = try GraphStore(path: path)
            _ = try store.ingest(contentsOf: (0..<40).map(Self.article))
        }
        let cli = try MekongCLI.locate()
        let asked = try cli.run(["render", "--store", path, "--max-nodes", "150", "--format", "dot", "-o", "-"])
        #expect(asked.status == 0, "stderr: \(asked.error)")
        #expect(asked.output.contains("Vẽ 150 trong số"))
        #expect(!asked.error.contains("fitted to"))
        let fitted = try cli.run(["render", "--store", path, "--format", "dot", "-o", "-"])
        #expect(fitted.status == 0, "stderr: \(fitted.error)")
        #expect(!fitted.output.contains("Vẽ 150 trong số"))
        #expect(fitted.error.contains("fitted to a 1920x1080 screen"), "stderr: \(fitted.error)")
        let bad = try cli.run(["render", "--store", path, "--screen", "big", "-o", scratch.path("x.svg")])
        #expect(bad.status == 64 && bad.error.contains("1920x1080"), "stderr: \(bad.error)")
        let focused = try cli.run(["render", "--store", path, "--focus", "Tỉnh số 3", "--screen", "1920x1080", "-o", scratch.path("x.svg")])
        #expect(focused.status == 64 && focused.error.contains("--max-nodes"), "stderr: \(focused.error)")
    }
}
