import Foundation
import MekongKit
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A seeded mutation harness over the inputs Mekong takes from others: article files, rule packs, plugin
/// responses and names that reach Graphviz. Each corpus file (`Fixtures/fuzz`, the cases of the issue-8
/// probe) is mutated `MEKONG_FUZZ_ITERATIONS` times (default 60) with byte flips, special bytes, deletions
/// and duplications; every input must be accepted or refused with an error, never crash, and finish in
/// bounded time. `MEKONG_FUZZ_SEED` replays another sequence.
@Suite("Mutation fuzzing")
struct MutationFuzzTests {
    static let iterations = ProcessInfo.processInfo.environment["MEKONG_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 60
    static let seed = ProcessInfo.processInfo.environment["MEKONG_FUZZ_SEED"].flatMap(UInt64.init) ?? 2026
    /// The longest one input may take (debug build, a loaded machine).
    static let timeLimit: TimeInterval = 5

    static func corpus(_ folder: String) throws -> [(name: String, bytes: [UInt8])] {
        let directory = try Fixture.directory.appendingPathComponent("fuzz/" + folder)
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted().map { name in
            (name, Array(try Data(contentsOf: directory.appendingPathComponent(name))))
        }
    }

    /// `bytes` with one to four seeded mutations, at most 64 KiB.
    static func mutate(_ bytes: [UInt8], using generator: inout KillTests.SeededGenerator) -> [UInt8] {
        var bytes = bytes
        let special: [UInt8] = [0x00, 0x0A, 0x0D, 0x1B, 0x7F, 0xFF, 0xC3, 0xE1, 0x22, 0x26, 0x28, 0x29, 0x2A, 0x2B,
                                0x3A, 0x5C, 0x7B, 0x7D, 0x2D, 0x23]
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            guard !bytes.isEmpty else {
                bytes = [special.randomElement(using: &generator)!]
                continue
            }
            let position = Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<5, using: &generator) {
            case 0: bytes[position] ^= UInt8(1 << Int.random(in: 0..<8, using: &generator))
            case 1: bytes.insert(special.randomElement(using: &generator)!, at: position)
            case 2: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...16, using: &generator)))
            case 3:
                let end = min(bytes.count, position + Int.random(in: 1...64, using: &generator))
                let piece = bytes[position..<end]
                for _ in 0..<Int.random(in: 1...8, using: &generator) { bytes.insert(contentsOf: piece, at: position) }
            default: bytes[position] = special.randomElement(using: &generator)!
            }
        }
        return Array(bytes.prefix(64 * 1024))
    }

    /// Runs `body` on every mutation of every file of `folder`, checking the time each takes.
    private func fuzz(_ folder: String, _ body: (String, [UInt8]) throws -> Void) throws {
        var generator = KillTests.SeededGenerator(state: Self.seed)
        for (name, original) in try Self.corpus(folder) {
            for iteration in 0...Self.iterations {
                let input = iteration == 0 ? original : Self.mutate(original, using: &generator)
                let started = Date()
                // Errors are fine: refusing bad input is the point. Crashes end the test process.
                try? body(name, input)
                let seconds = Date().timeIntervalSince(started)
                #expect(seconds < Self.timeLimit, "\(folder)/\(name) mutation \(iteration) took \(seconds) s")
            }
        }
    }

    @Test("article files: read, built and extracted, or refused")
    func articles() throws {
        let ingestor = try Fixture.ingestor()
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        try fuzz("articles") { name, bytes in
            let path = try scratch.write(bytes, to: name)
            _ = try ingestor.contribution(path: path)
        }
    }

    @Test("rule packs: loaded and run, or refused with file:line")
    func rulePacks() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let text = "Tin\n\nCông ty Thử nghiệm phối hợp với Tỉnh ủy An Giang. " + String(repeating: "a", count: 30) + "b"
        try fuzz("packs") { name, bytes in
            let path = try scratch.write(bytes, to: name)
            do {
                let extractors = try ExtractorCatalog.extractors(PluginSources(rulePacks: [path]))
                let pipeline = try ArticleIngestor(extractors: extractors)
                _ = try pipeline.contribution(text: text, path: "fuzz.txt")
            } catch let error as LocalizedError {
                // A pack error names the file (a pipeline error names an extractor id instead).
                let message = error.errorDescription ?? ""
                #expect(!message.isEmpty)
            }
        }
    }

    /// An extractor that answers a fixed wire response, as an external or dynamic plugin would.
    struct WireAnswer: Extractor {
        let response: WireMessages.Response
        var descriptor: ExtractorDescriptor {
            ExtractorDescriptor(id: "fuzz.wire", version: "1", summary: "A fixed answer",
                                produces: [.entity(EntityType("event")), .relation(Predicate("p"))])
        }
        func extract(from document: Document) throws -> Extraction { response.extraction(for: document) }
    }

    @Test("plugin responses: decoded and validated by the pipeline, or refused")
    func wireResponses() throws {
        try fuzz("wire") { _, bytes in
            let response = try JSONDecoder().decode(WireMessages.Response.self, from: Data(bytes))
            let pipeline = try ArticleIngestor(
                extractors: BuiltInExtractors.registry().extractors + [WireAnswer(response: response)])
            _ = try pipeline.contribution(text: "Tin\n\nTỉnh ủy An Giang họp.", path: "wire.txt")
        }
    }

    @Test("names reaching Graphviz: DOT and well-formed SVG, whatever the name")
    func labels() throws {
        let renderer = GraphvizRenderer()
        try fuzz("names") { _, bytes in
            let name = String(decoding: bytes, as: UTF8.self)
            let entity = Entity(id: "org:fuzz", type: .organization, name: name, aliases: [name])
            let other = Entity(id: "place:an-giang", type: .place, name: "An Giang")
            let relation = Relation(
                id: "r", subject: entity.id, predicate: .locatedIn, object: other.id, attributes: ["title": name],
                evidence: [Evidence(article: "a", start: 0, end: 1, text: name, extractor: "fuzz", confidence: 1)])
            let graph = KnowledgeGraph(entities: [entity, other], relations: [relation])
            _ = try renderer.render(graph, options: RenderOptions(format: .dot, title: name))
            let svg = try renderer.render(graph, options: RenderOptions(format: .svg))
            #expect(throws: Never.self) { _ = try XMLDocument(data: Data(svg), options: []) }
        }
    }
}
