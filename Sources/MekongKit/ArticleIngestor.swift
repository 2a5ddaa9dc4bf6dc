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
    let reader: ArticleReader
    let builder = DocumentBuilder()
    let resolver = EntityResolver()
    /// The limits every article is held to.
    public let limits: Limits

    /// What one article may be and hold. Past the size an article is refused; past a count only the first
    /// mentions or relations (in pipeline order) are kept, and the summary says so.
    public struct Limits: Sendable, Equatable {
        /// The largest article file, in bytes (`--max-article-bytes`, default 10 MiB).
        public var articleBytes: Int
        /// The most mentions kept from one article (default 200,000).
        public var mentions: Int
        /// The most relations kept from one article (default 100,000).
        public var relations: Int

        /// Limits; the defaults lie far above any real news article.
        public init(articleBytes: Int = 10 * 1024 * 1024, mentions: Int = 200_000, relations: Int = 100_000) {
            self.articleBytes = articleBytes
            self.mentions = mentions
            self.relations = relations
        }
    }

    /// Prepares a pipeline of `extractors`; articles are held to `limits`.
    /// - Throws: ``ExtractorError`` when the extractors' capabilities do not fit together.
    public init(extractors: [any Extractor], limits: Limits = Limits()) throws {
        pipeline = try Pipeline(extractors: extractors)
        reader = ArticleReader(maximumBytes: limits.articleBytes)
        self.limits = limits
    }

    /// The article files that `paths` name (files, directories searched recursively for `.txt`, or `-`).
    public func articlePaths(_ paths: [String]) throws -> [String] {
        try paths.flatMap { path throws in try reader.articlePaths(at: path) }
    }

    /// Extracts one article without storing it.
    public func contribution(path: String) throws -> (ArticleContribution, [ExtractorError]) {
        let extracted = try extract(path: path)
        return (extracted.contribution, extracted.failures)
    }

    /// Extracts one article from text already in memory, without storing it.
    public func contribution(text: String, path: String) throws -> (ArticleContribution, [ExtractorError]) {
        let parsed = try reader.read(text: text, path: path)
        let extracted = extract(parsed: parsed, path: path)
        return (extracted.contribution, extracted.failures)
    }

    /// One article's contribution, its extractors' failures, and what the limits cut.
    struct Extracted: Sendable {
        var contribution: ArticleContribution
        var failures: [ExtractorError]
        var capped: [String]
    }

    func extract(path: String) throws -> Extracted {
        extract(parsed: try reader.read(path: path), path: path)
    }

    private func extract(parsed: ParsedArticle, path: String) -> Extracted {
        let document = builder.document(for: parsed, path: path)
        var result = pipeline.run(document)
        var capped: [String] = []
        if result.mentions.count > limits.mentions {
            capped.append(
                "\(path): \(result.mentions.count) mentions, more than the \(limits.mentions) an article may have; "
                    + "only the first \(limits.mentions) are kept")
            result.mentions.removeLast(result.mentions.count - limits.mentions)
            let kept = limits.mentions
            result.relations.removeAll { relation in
                [relation.subject, relation.object].contains { reference in
                    if case .existing(let index) = reference { return index >= kept }
                    return true
                }
            }
        }
        if result.relations.count > limits.relations {
            capped.append(
                "\(path): \(result.relations.count) relations, more than the \(limits.relations) an article may "
                    + "have; only the first \(limits.relations) are kept")
            result.relations.removeLast(result.relations.count - limits.relations)
        }
        return Extracted(
            contribution: resolver.resolve(result, article: document.article), failures: result.failures, capped: capped)
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
                case .success(let extracted):
                    summary.extractorFailures += extracted.failures.map { "\(path): \($0.localizedDescription)" }
                    summary.cappedArticles += extracted.capped
                    let outcome = try store.ingest(extracted.contribution)
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
    private func extract(_ paths: [String], jobs: Int) -> [Result<Extracted, IngestError>] {
        let slots = ResultSlots<Result<Extracted, IngestError>>(count: paths.count)
        let work: @Sendable (Int) -> Void = { index in
            let path = paths[index]
            do {
                slots.set(index, .success(try self.extract(path: path)))
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
