import Foundation
import MekongKit
import Testing

/// The example article and its gold file, copied into the test bundle.
enum Fixture {
    static let articleName = "an-giang-dao-tao-can-bo.txt"
    static let goldName = "an-giang-dao-tao-can-bo.json"

    /// The directory of the bundled fixtures.
    static var directory: URL {
        get throws {
            try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "the Fixtures resource is missing")
        }
    }

    static var articlePath: String { get throws { try directory.appendingPathComponent(articleName).path } }
    static var gold: GoldFile { get throws { try GoldFile.load(path: directory.appendingPathComponent(goldName).path) } }

    /// An ingestor of the built-in extractors, storing up to `storeBatchSize` articles per transaction.
    static func ingestor(storeBatchSize: Int = ArticleIngestor.defaultStoreBatchSize) throws -> ArticleIngestor {
        try ArticleIngestor(extractors: BuiltInExtractors.registry().extractors, storeBatchSize: storeBatchSize)
    }

    /// A fresh in-memory store holding the example article.
    static func ingestedStore() throws -> (store: GraphStore, summary: IngestSummary) {
        let store = try GraphStore.inMemory()
        let summary = try ingestor().ingest([try articlePath], into: store)
        return (store, summary)
    }
}

/// A directory under the system's temporary directory, removed by `remove()`.
struct ScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("mekong-kit-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let path = path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// The text of a scalar span of `text`.
func scalarSlice(_ text: String, start: Int, end: Int) -> String? {
    let scalars = Array(text.unicodeScalars)
    guard 0 <= start, start <= end, end <= scalars.count else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
}
