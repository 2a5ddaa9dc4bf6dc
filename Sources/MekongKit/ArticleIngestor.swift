import Foundation
import MekongIngest
import MekongPluginAPI
import MekongStore

/// Reads articles, runs the extractor pipeline, resolves entities and stores each article in one transaction.
///
/// Built once per run: the pipeline (and with it every gazetteer and pattern) is prepared in the
/// initializer, not per article.
public struct ArticleIngestor: Sendable {
    public let pipeline: Pipeline
    let reader = ArticleReader()
    let builder = DocumentBuilder()
    let resolver = EntityResolver()

    /// Prepares a pipeline of `extractors`.
    /// - Throws: ``ExtractorError`` when the extractors' capabilities do not fit together.
    public init(extractors: [any Extractor]) throws {
        pipeline = try Pipeline(extractors: extractors)
    }

    /// The article files that `paths` name (files, directories searched recursively for `.txt`, or `-`).
    public func articlePaths(_ paths: [String]) throws -> [String] {
        try paths.flatMap { path throws in try reader.articlePaths(at: path) }
    }

    /// Extracts one article without storing it.
    public func contribution(path: String) throws -> (ArticleContribution, [ExtractorError]) {
        let parsed = try reader.read(path: path)
        return contribution(parsed: parsed, path: path)
    }

    /// Extracts one article from text already read (tests, `eval`).
    public func contribution(text: String, path: String) throws -> (ArticleContribution, [ExtractorError]) {
        let parsed = try reader.read(text: text, path: path)
        return contribution(parsed: parsed, path: path)
    }

    private func contribution(parsed: ParsedArticle, path: String) -> (ArticleContribution, [ExtractorError]) {
        let document = builder.document(for: parsed, path: path)
        let result = pipeline.run(document)
        return (resolver.resolve(result, article: document.article), result.failures)
    }

    /// Ingests `paths` into `store`.
    ///
    /// A file that cannot be read is reported in the summary and the run goes on; an extractor failure on
    /// one article keeps the other extractors' results.
    /// - Parameter progress: called after each file with (done, total, path).
    public func ingest(
        _ paths: [String], into store: GraphStore, progress: (Int, Int, String) -> Void = { _, _, _ in }
    ) throws -> IngestSummary {
        let started = Date()
        var summary = IngestSummary()
        let files = try articlePaths(paths)
        for (number, path) in files.enumerated() {
            do {
                let (contribution, failures) = try self.contribution(path: path)
                summary.extractorFailures += failures.map { "\(path): \($0.localizedDescription)" }
                let outcome = try store.ingest(contribution)
                switch outcome.change {
                case .added: summary.added += 1
                case .replaced: summary.replaced += 1
                case .unchanged: summary.unchanged += 1
                }
            } catch let error as IngestError {
                summary.failedFiles.append(error.localizedDescription)
            }
            progress(number + 1, files.count, path)
        }
        let statistics = try store.statistics()
        summary.entities = statistics.entities
        summary.relations = statistics.relations
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }
}
