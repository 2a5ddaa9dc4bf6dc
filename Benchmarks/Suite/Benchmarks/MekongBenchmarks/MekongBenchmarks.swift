import Benchmark
import Foundation
import MekongKit

/// The benchmarks of issue 9: extraction alone, ingest into a fresh and into a large store, each query, the export
/// and an ego render. Each iteration does one whole unit of work (all 57 articles, or one query); the articles per
/// second of the ingest benchmarks are 57 divided by the wall-clock time per iteration (`make benchmark` prints both).
let benchmarks: @Sendable () -> Void = {
    let corpus = Corpus.shared
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, .throughput],
        warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 50)

    // Extraction and resolution of every article, no store: the extractors' own cost.
    Benchmark("Extract 57 articles") { benchmark in
        let ingestor = try corpus.ingestor()
        for _ in benchmark.scaledIterations {
            for article in corpus.articles { blackHole(try ingestor.contribution(path: article)) }
        }
    }

    // Ingest with one job into a store made for the iteration (creating it is not measured).
    Benchmark("Ingest 57 articles into a fresh store", configuration: .init(maxIterations: 20)) { benchmark in
        let ingestor = try corpus.ingestor()
        for _ in benchmark.scaledIterations {
            let store = try GraphStore(path: corpus.newStorePath("fresh"))
            benchmark.startMeasurement()
            blackHole(try ingestor.ingest(corpus.articles, into: store, jobs: 1))
            benchmark.stopMeasurement()
        }
    }

    // Ingest with one job into a copy of the large store (copying it is not measured): the cost of a store that
    // already holds 30 times the corpus.
    Benchmark("Ingest 57 articles into a large store", configuration: .init(maxIterations: 10)) { benchmark in
        let ingestor = try corpus.ingestor()
        let large = try corpus.largeStore()
        for _ in benchmark.scaledIterations {
            let copy = corpus.newStorePath("large-copy")
            try FileManager.default.copyItem(atPath: large, toPath: copy)
            let store = try GraphStore(path: copy)
            benchmark.startMeasurement()
            blackHole(try ingestor.ingest(corpus.articles, into: store, jobs: 1))
            benchmark.stopMeasurement()
        }
    }

    // The queries, each on the large store opened read-only as the CLI opens it.
    Benchmark("Query: entities --search") { benchmark in
        let store = try GraphStore(readingAt: try corpus.largeStore())
        for _ in benchmark.scaledIterations { blackHole(try store.entities(search: "tỉnh ủy")) }
    }
    Benchmark("Query: show (the hub)") { benchmark in
        let store = try GraphStore(readingAt: try corpus.largeStore())
        let hub = try corpus.landmarks().hub
        for _ in benchmark.scaledIterations {
            let entity = try store.resolve(hub.name)
            blackHole(try store.relations(of: entity.id))
        }
    }
    Benchmark("Query: neighbors --depth 1 (the hub)") { benchmark in
        let store = try GraphStore(readingAt: try corpus.largeStore())
        let hub = try corpus.landmarks().hub
        for _ in benchmark.scaledIterations { blackHole(try store.neighborhood(of: hub.id, depth: 1)) }
    }
    Benchmark("Query: path (a person to the hub)") { benchmark in
        let store = try GraphStore(readingAt: try corpus.largeStore())
        let (hub, person) = try corpus.landmarks()
        for _ in benchmark.scaledIterations { blackHole(try store.shortestPath(from: person.id, to: hub.id)) }
    }
    Benchmark("Export: the whole graph as JSON", configuration: .init(maxIterations: 10)) { benchmark in
        let store = try GraphStore(readingAt: try corpus.largeStore())
        for _ in benchmark.scaledIterations {
            var bytes = 0
            try store.writeExport { bytes += $0.count }
            blackHole(bytes)
        }
    }
    Benchmark("Render: the hub at depth 1 as SVG", configuration: .init(maxIterations: 20)) { benchmark in
        let store = try GraphStore(readingAt: try corpus.largeStore())
        let hub = try corpus.landmarks().hub
        let selection = GraphSelection(focus: hub.id, depth: 1, article: nil)
        for _ in benchmark.scaledIterations {
            let summary = try selection.summary(from: store)
            blackHole(try GraphvizRenderer().render(summary.graph, options: RenderOptions(format: .svg, focus: hub.id)))
        }
    }
}
