import Foundation
import MekongIngest
import MekongPluginAPI
import MekongStore

/// Reads articles, runs the extractor pipeline, resolves entities and stores each article in one transaction.
///
/// Built once per run: the pipeline (and with it every gazetteer and pattern) is prepared in the
/// initializer, not per article.
public struct ArticleIngestor: Sendable {
    /// The extractors in the order they run, prepared once for the whole run.
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

    /// Extracts one article from text already in memory, without storing it.
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
    /// Articles are read and extracted `jobs` at a time (one per core by default); each is then stored in
    /// its own transaction, in the order of `paths`. A file that cannot be read is reported in the summary
    /// and the run goes on; an extractor failure on one article keeps the other extractors' results.
    /// - Parameter progress: called after each file is stored with (done, total, path).
    public func ingest(
        _ paths: [String], into store: GraphStore, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        progress: (Int, Int, String) -> Void = { _, _, _ in }
    ) throws -> IngestSummary {
        let started = Date()
        var summary = IngestSummary()
        let files = try articlePaths(paths)
        // Batches keep memory flat on large inputs while every core has work.
        let batchSize = max(1, jobs) * 32
        var done = 0
        for batchStart in stride(from: 0, to: files.count, by: batchSize) {
            let batch = Array(files[batchStart..<min(batchStart + batchSize, files.count)])
            for (path, result) in zip(batch, extract(batch, jobs: jobs)) {
                switch result {
                case .success(let (contribution, failures)):
                    summary.extractorFailures += failures.map { "\(path): \($0.localizedDescription)" }
                    let outcome = try store.ingest(contribution)
                    switch outcome.change {
                    case .added: summary.added += 1
                    case .replaced: summary.replaced += 1
                    case .unchanged: summary.unchanged += 1
                    }
                case .failure(let error):
                    summary.failedFiles.append(error.localizedDescription)
                }
                done += 1
                progress(done, files.count, path)
            }
        }
        let statistics = try store.statistics()
        summary.entities = statistics.entities
        summary.relations = statistics.relations
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Reads and extracts `paths`, `jobs` at a time; results come back in the order of `paths`.
    private func extract(_ paths: [String], jobs: Int) -> [Result<(ArticleContribution, [ExtractorError]), IngestError>] {
        let slots = ResultSlots<Result<(ArticleContribution, [ExtractorError]), IngestError>>(count: paths.count)
        let work: @Sendable (Int) -> Void = { index in
            let path = paths[index]
            do {
                slots.set(index, .success(try self.contribution(path: path)))
            } catch let error as IngestError {
                slots.set(index, .failure(error))
            } catch {
                slots.set(index, .failure(.unreadable(path: path, reason: error.localizedDescription)))
            }
        }
        let workers = min(max(jobs, 1), paths.count)
        if workers <= 1 {
            for index in paths.indices { work(index) }
        } else {
            // Exactly `workers` threads (external plugins and memory scale with it), each taking the next file.
            let next = ResultSlots<Int>.Counter()
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = next.take(below: paths.count) { work(index) }
            }
        }
        return slots.values
    }
}
