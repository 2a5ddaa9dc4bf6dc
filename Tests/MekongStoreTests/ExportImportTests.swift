import Foundation
import MekongCore
import MekongStore
import Testing

@Suite("Streamed exports in every format, and import")
struct ExportImportTests {
    static let seeds: [UInt64] = [0, 3, 11]

    /// What `make` writes on the graph held in memory, for comparison with the store's streamed output.
    private func inMemory(_ graph: KnowledgeGraph, _ make: (@escaping (Data) throws -> Void) -> some GraphStreamWriter) throws -> Data {
        var data = Data()
        var writer = make { data.append($0) }
        try writer.write(GraphExport(graph: graph))
        return data
    }

    private func streamed<Writer: GraphStreamWriter>(
        _ store: GraphStore, _ make: @escaping (@escaping (Data) throws -> Void) -> Writer
    ) throws -> Data {
        var data = Data()
        try store.writeGraph { output in make(output { data.append($0) }) }
        return data
    }

    @Test("each format streamed from the store is byte for byte the format of the loaded graph", arguments: seeds)
    func streamedEqualsLoaded(seed: UInt64) throws {
        // Seed 0 is the empty store.
        let store = seed == 0 ? try GraphStore.inMemory() : try RandomGraphs.store(seed: seed)
        let graph = try store.loadGraph()
        #expect(try streamed(store) { GraphMLWriter(write: $0) } == inMemory(graph) { GraphMLWriter(write: $0) })
        #expect(try streamed(store) { GEXFWriter(write: $0) } == inMemory(graph) { GEXFWriter(write: $0) })
        #expect(try streamed(store) { RDFWriter(syntax: .turtle, write: $0) } == inMemory(graph) { RDFWriter(syntax: .turtle, write: $0) })
        #expect(try streamed(store) { RDFWriter(syntax: .nTriples, write: $0) } == inMemory(graph) { RDFWriter(syntax: .nTriples, write: $0) })
        var nodes = Data()
        var relationships = Data()
        try store.writeGraph { output in
            Neo4jCSVWriter(nodes: output { nodes.append($0) }, relationships: output { relationships.append($0) })
        }
        let lines = { (data: Data) in String(decoding: data, as: UTF8.self).split(separator: "\n").count }
        #expect(lines(nodes) == graph.entities.count + 1)
        #expect(lines(relationships) == graph.relations.count + 1)
    }

    @Test("an error of the second output of a writer reaches the caller unchanged")
    func secondOutputFailure() throws {
        struct Full: Error {}
        let store = try RandomGraphs.store(seed: 1)
        #expect(throws: Full.self) {
            try store.writeGraph { output in Neo4jCSVWriter(nodes: output { _ in }, relationships: output { _ in throw Full() }) }
        }
    }

    @Test("an export imported into an empty store exports again to the same bytes", arguments: seeds)
    func importRoundTrip(seed: UInt64) throws {
        let store = seed == 0 ? try GraphStore.inMemory() : try RandomGraphs.store(seed: seed)
        var exported = Data()
        try store.writeExport { exported.append($0) }
        let copy = try GraphStore.inMemory()
        try copy.importGraph(JSONDecoder().decode(GraphExport.self, from: exported))
        var again = Data()
        try copy.writeExport { again.append($0) }
        #expect(String(decoding: again, as: UTF8.self) == String(decoding: exported, as: UTF8.self))
        // The imported store answers queries through its indexes like an ingested one.
        let graph = try store.loadGraph()
        for entity in graph.entities.prefix(20) {
            let search = String(entity.name.unicodeScalars.suffix(4))
            #expect(try copy.entities(search: search).map(\.id) == store.entities(search: search).map(\.id))
        }
    }

    @Test("import keeps the order of an entity's aliases, its attributes and evidence that is not in any article text")
    func importKeepsEverything() throws {
        let article = Article(id: "a1", title: "Tin", path: "a.txt", url: "https://example.vn/a", sha256: "00", text: "")
        let company = Entity(
            id: "org:c", type: .organization, name: "Công ty Sông Biển", aliases: ["Sông Biển", "SB", "Cty Sông Biển"],
            attributes: ["giá": "1.000đ"], mentions: [Mention(article: "a1", start: 0, end: 4, text: "Sông")])
        let person = Entity(id: "person:a", type: .person, name: "Nguyễn Văn A")
        let relation = Relation(
            id: "r:1", subject: person.id, predicate: .holdsPosition, object: company.id, attributes: ["title": "Giám đốc"],
            evidence: [Evidence(article: "a1", start: 0, end: 9, text: "Câu \"một\".", extractor: "x", rule: "r", confidence: 0.7)])
        let export = GraphExport(graph: KnowledgeGraph(articles: [article], entities: [company, person], relations: [relation]))
        let store = try GraphStore.inMemory()
        try store.importGraph(export)
        var exported = Data()
        try store.writeExport { exported.append($0) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        #expect(String(decoding: exported, as: UTF8.self) == String(decoding: try encoder.encode(export), as: UTF8.self))
        #expect(try store.resolve("cty song bien").id == "org:c")
    }

    @Test("import refuses a store that holds anything, and leaves it unchanged")
    func importRefusesNonEmptyStore() throws {
        let store = try RandomGraphs.store(seed: 3)
        let before = try store.loadGraph()
        #expect(throws: StoreError.notEmpty(path: store.path)) {
            try store.importGraph(GraphExport(graph: before))
        }
        #expect(try GraphExport(graph: store.loadGraph()) == GraphExport(graph: before))
    }

    @Test("import fails whole on an entity that no article names, as the store keeps no name without its article")
    func importRefusesEntityWithoutArticle() throws {
        let store = try GraphStore.inMemory()
        let orphan = Entity(id: "org:x", type: .organization, name: "Sở Y tế", aliases: [], attributes: [:], mentions: [])
        #expect(throws: StoreError.self) {
            try store.importGraph(GraphExport(graph: KnowledgeGraph(articles: [], entities: [orphan], relations: [])))
        }
        #expect(try store.loadGraph().entities.isEmpty)
    }
}
