import Foundation
import MekongKit

/// The articles and stores the benchmarks work on, made once per process.
///
/// The articles are the development corpus (`examples/corpus/dev/articles`, 57 real articles). The large store holds
/// them `copies` times over, each copy with a line of its own so that it is a new article with the same facts:
/// the store grows in articles, evidence and mentions as a real archive does.
final class Corpus: @unchecked Sendable {
    /// The repository's root, from this file's place in it.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = Corpus()

    /// Copies of the development corpus in the large store.
    static let copies = 30

    let articles: [String]
    let scratch: URL
    private var largeStorePath: String?

    private init() {
        let folder = Self.root.appendingPathComponent("examples/corpus/dev/articles")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        articles = names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0).path }
        precondition(!articles.isEmpty, "no articles under \(folder.path): run the benchmarks from a clone of the repository")
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("mekong-benchmarks-\(getpid())")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    /// An ingestor with the built-in extractors, as `mekong ingest` has without plugins.
    func ingestor() throws -> ArticleIngestor {
        try ArticleIngestor(extractors: BuiltInExtractors.registry().extractors)
    }

    /// A path for a new store in the scratch folder.
    func newStorePath(_ name: String) -> String {
        let path = scratch.appendingPathComponent(name + "-" + UUID().uuidString + ".sqlite").path
        return path
    }

    /// The large store, ingested on first use: the corpus `copies` times.
    func largeStore() throws -> String {
        if let largeStorePath { return largeStorePath }
        let copiesFolder = scratch.appendingPathComponent("copies")
        for copy in 0..<Self.copies {
            let folder = copiesFolder.appendingPathComponent(String(copy))
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for article in articles {
                let text = try String(contentsOfFile: article, encoding: .utf8)
                let name = (article as NSString).lastPathComponent
                try (text + "\n\nBản sao \(copy).\n").write(
                    to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
            }
        }
        let path = newStorePath("large")
        _ = try ingestor().ingest([copiesFolder.path], into: try GraphStore(path: path), jobs: 2)
        largeStorePath = path
        return path
    }

    /// The best-connected entity of the large store and the person farthest from it within a summary of the graph,
    /// for the queries around one entity and the path query.
    func landmarks() throws -> (hub: Entity, person: Entity) {
        let store = try GraphStore(readingAt: try largeStore())
        let summary = try GraphSelection(focus: nil, depth: 1, article: nil, maxEntities: 50).summary(from: store).graph
        var degree: [String: Int] = [:]
        for relation in summary.relations {
            degree[relation.subject, default: 0] += 1
            degree[relation.object, default: 0] += 1
        }
        let hubID = try require(degree.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key)
        let person = try require(summary.entities.filter { $0.type == .person && $0.id != hubID }.sorted { $0.id < $1.id }.first)
        return (try require(summary.entities.first { $0.id == hubID }), person)
    }

    deinit { try? FileManager.default.removeItem(at: scratch) }
}

/// What a benchmark needs and did not find.
struct MissingValue: Error {}

/// `try require(x)` without the testing library: the value, or a thrown ``MissingValue``.
func require<T>(_ value: T?) throws -> T {
    guard let value else { throw MissingValue() }
    return value
}
