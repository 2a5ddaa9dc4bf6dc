import ArgumentParser
import Foundation
import MekongCore
import MekongStore

/// `mekong-bench`: builds synthetic stores and times one query per process, the way the CLI answers it now
/// (`--engine indexed`) or the way it answered it before issue 9 (`--engine loaded`: the whole graph loaded,
/// then queried in memory). `make bench-queries` runs it; docs/benchmarks.md explains the figures.
@main
struct QueryBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mekong-bench", abstract: "Build synthetic stores and time queries on them.",
        subcommands: [Generate.self, GenerateGraph.self, Query.self, Name.self, Downgrade.self])
}

/// Which way a query is answered.
enum Engine: String, ExpressibleByArgument {
    /// Load the whole graph, then query it in memory (what every query command did before issue 9).
    case loaded
    /// Query the store through its indexes (what the commands do now).
    case indexed
}

/// What to time.
enum QueryKind: String, ExpressibleByArgument {
    case search, show, neighbors, path, export, focus
    /// A pattern query (`mekong query`): answered on the store only.
    case pattern
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic store of N articles (see SyntheticCorpus), in batches of one transaction each.")

    @Option(help: "The store to create (must not exist).") var store: String
    @Option(help: "How many articles.") var articles: Int
    @Option(help: "The lexicon's resource folder.") var lexicon = "Plugins/VietnameseLexicon/Resources"
    @Option(help: "Articles per transaction.") var batch = 500

    func run() throws {
        guard !FileManager.default.fileExists(atPath: store) else {
            throw ValidationError("\(store) exists; give a new file name.")
        }
        let corpus = try SyntheticCorpus(lexicon: lexicon)
        let graphStore = try GraphStore(path: store)
        let started = Date()
        var next = 0
        while next < articles {
            let end = min(next + batch, articles)
            try graphStore.ingest(contentsOf: (next..<end).map(corpus.article))
            next = end
            FileHandle.standardError.write(Data("\r\(next)/\(articles)".utf8))
        }
        // As `mekong ingest` leaves it after a run that grew the name index.
        try graphStore.tidyNameIndex(grownSince: 0)
        let statistics = try graphStore.statistics()
        print(String(
            format: "\n%d articles, %d entities, %d relations, %d evidence in %.1f s", statistics.articles,
            statistics.entities, statistics.relations, statistics.evidence, Date().timeIntervalSince(started)))
    }
}

struct GenerateGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-graph",
        abstract: "Write the rows an ingest of N synthetic articles writes, without resolving names (see GraphOnlyWriter).",
        discussion: "For stores of a million relations (about 250,000 articles) in minutes instead of hours.")

    @Option(help: "The store to create (must not exist).") var store: String
    @Option(help: "How many articles.") var articles: Int
    @Option(help: "The lexicon's resource folder.") var lexicon = "Plugins/VietnameseLexicon/Resources"
    @Option(help: "Articles per transaction.") var batch = 5000

    func run() throws {
        guard !FileManager.default.fileExists(atPath: store) else {
            throw ValidationError("\(store) exists; give a new file name.")
        }
        let started = Date()
        try GraphOnlyWriter(path: store).write(try SyntheticCorpus(lexicon: lexicon), articles: articles, batch: batch) { done in
            FileHandle.standardError.write(Data("\r\(done)/\(articles)".utf8))
        }
        // As `mekong ingest` leaves it after a run that grew the name index.
        try GraphStore(path: store).tidyNameIndex(grownSince: 0)
        let statistics = try GraphStore(readingAt: store).statistics()
        print(String(
            format: "\n%d entities, %d relations in %.1f s", statistics.entities, statistics.relations,
            Date().timeIntervalSince(started)))
    }
}

struct Downgrade: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy a store without the schema steps of issue 9, as the previous Mekong wrote it, to time that version.")

    @Option(help: "The store to copy.") var store: String
    @Option(help: "The copy to write (must not exist).") var to: String

    func run() throws {
        try FileManager.default.copyItem(atPath: store, toPath: to)
        try GraphStore.removeNameSearchIndex(at: to)
    }
}

struct Name: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the name of synthetic official N.")

    @Argument var index: Int
    @Option(help: "The lexicon's resource folder.") var lexicon = "Plugins/VietnameseLexicon/Resources"

    func run() throws { print(try SyntheticCorpus(lexicon: lexicon).personName(index)) }
}

struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Answer one query and print how long it took (opening the store included), in ms.",
        discussion: """
            search TEXT, show NAME, neighbors NAME (--depth), path NAME NAME, focus NAME (--depth: the subgraph a
            focused render or export reads), export (the whole JSON export, written to /dev/null), pattern QUERY
            (`mekong query`, indexed engine only; the answer's rows formatted as a table).
            """)

    @Option(help: "The store.") var store: String
    @Option(help: "loaded or indexed.") var engine: Engine
    @Option(help: "Hops for neighbors and focus.") var depth = 1
    @Argument(help: "search, show, neighbors, path, focus, export or pattern.") var kind: QueryKind
    @Argument(help: "The query's names or text.") var arguments: [String] = []

    func run() throws {
        let started = DispatchTime.now()
        let graphStore = try GraphStore(readingAt: store)
        let size: Int
        switch engine {
        case .loaded: size = try loaded(graphStore)
        case .indexed: size = try indexed(graphStore)
        }
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000
        print(String(format: "ms=%.2f results=%d", milliseconds, size))
    }

    private func argument(_ index: Int) throws -> String {
        guard index < arguments.count else { throw ValidationError("\(kind) needs \(index + 1) argument(s).") }
        return arguments[index]
    }

    /// The answer's size (results, relations or bytes), so that both engines can be checked to agree.
    private func loaded(_ store: GraphStore) throws -> Int {
        let graph = try store.loadGraph()
        switch kind {
        case .search: return graph.entities(search: try argument(0)).count
        case .show:
            let entity = try graph.resolve(try argument(0))
            return graph.relations(of: entity.id).count
        case .neighbors: return graph.neighborhood(of: try graph.resolve(try argument(0)).id, depth: depth).relations.count
        case .focus: return graph.neighborhood(of: try graph.resolve(try argument(0)).id, depth: depth).entities.count
        case .path:
            let start = try graph.resolve(try argument(0)), goal = try graph.resolve(try argument(1))
            return graph.shortestPath(from: start.id, to: goal.id)?.count ?? -1
        case .pattern:
            throw ValidationError("A pattern query is answered on the store only: use --engine indexed.")
        case .export:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let bytes = try encoder.encode(GraphExport(graph: graph))
            try FileHandle(forWritingAtPath: "/dev/null")!.write(contentsOf: bytes)
            return bytes.count
        }
    }

    private func indexed(_ store: GraphStore) throws -> Int {
        switch kind {
        case .search: return try store.entities(search: try argument(0)).count
        case .show:
            let entity = try store.resolve(try argument(0))
            let relations = try store.relations(of: entity.id)
            // What `show` reads besides (ShowCommand): the names at the other ends, the articles behind the
            // relations and the first articles that mention the entity.
            _ = try store.entityNames(relations.flatMap { [$0.subject, $0.object] })
            _ = try store.articleSummaries(relations.flatMap { $0.evidence.map(\.article) })
            _ = try store.articleListing(ArticleFilter(mentioning: entity.id, limit: 10))
            return relations.count
        case .neighbors:
            // What `neighbors` reads to print: the relations and the names at their ends.
            let relations = try store.neighborhoodRelations(of: try store.resolve(try argument(0)).id, depth: depth)
            _ = try store.entityNames(relations.flatMap { [$0.subject, $0.object] })
            return relations.count
        case .focus: return try store.neighborhood(of: try store.resolve(try argument(0)).id, depth: depth).entities.count
        case .path:
            let start = try store.resolve(try argument(0)), goal = try store.resolve(try argument(1))
            return try store.shortestPath(from: start.id, to: goal.id)?.count ?? -1
        case .pattern:
            // What `mekong query` does: parse, compile, run, and format the rows.
            let result = try store.query(try PatternQuery.parse(try argument(0)))
            _ = QueryOutputFormat.table.render(result)
            return result.rows.count
        case .export:
            let output = FileHandle(forWritingAtPath: "/dev/null")!
            var bytes = 0
            try store.writeExport { bytes += $0.count; try output.write(contentsOf: $0) }
            return bytes
        }
    }
}
