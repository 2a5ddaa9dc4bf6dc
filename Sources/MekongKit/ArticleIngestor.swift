import Foundation
import MekongIngest
import MekongPluginAPI
import MekongStore

/// Reads articles, runs the extractor pipeline, resolves entities and stores each article whole or not at all.
///
/// Built once per run: the pipeline (and with it every gazetteer and pattern) is prepared in the
/// initializer, not per article.
public struct ArticleIngestor: Sendable {
    /// The extractors in the order they run, prepared once for the whole run.
    public let pipeline: Pipeline
    let reader: ArticleReader
    let builder: DocumentBuilder
    let resolver = EntityResolver()
    /// The limits every article is held to.
    public let limits: Limits
    /// The most articles stored in one transaction by ``ingest(_:into:jobs:curations:progress:)``.
    public let storeBatchSize: Int

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

    /// Prepares a pipeline of `extractors`; articles are held to `limits` and read with `language`, what ingest
    /// knows of their language and press (`--language`; Vietnamese news by default); `ingest` stores up to
    /// `storeBatchSize` articles per transaction (at least one).
    /// - Throws: ``ExtractorError`` when the extractors' capabilities do not fit together.
    public init(
        extractors: [any Extractor], limits: Limits = Limits(), language: LanguageProfile = .vietnamese,
        storeBatchSize: Int = ArticleIngestor.defaultStoreBatchSize
    ) throws {
        pipeline = try Pipeline(extractors: extractors)
        self.storeBatchSize = max(storeBatchSize, 1)
        reader = ArticleReader(maximumBytes: limits.articleBytes, profile: language)
        builder = DocumentBuilder(sentenceSplitter: SentenceSplitter(abbreviations: language.abbreviations))
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

    /// Extracts an article from bytes read elsewhere (a PostgreSQL queue entry), without storing it: `identity`
    /// is what its id is made of (``MekongIngest/DocumentBuilder/identity(ofPath:)`` where it was read; nil for
    /// standard input), `path` the path it was given as.
    func extract(data: Data, path: String, identity: String?) throws(IngestError) -> Extracted {
        let parsed = try reader.read(data: data, path: path)
        return extract(document: builder.document(for: parsed, path: path, identity: identity), path: path)
    }

    /// The document ingest makes of the article at `path` (its tokens and sentences), without extracting anything.
    public func document(path: String) throws -> Document {
        builder.document(for: try reader.read(path: path), path: path)
    }

    /// Extracts an article the store already holds, from its stored text, without storing it.
    ///
    /// The stored text is the paragraphs joined by line breaks; the first is the headline when it reads as the
    /// title. The article keeps its stored id, whatever folder the run starts in.
    public func contribution(stored article: Article) -> (ArticleContribution, [ExtractorError]) {
        var paragraphs: [Paragraph] = []
        var offset = 0
        for (index, line) in article.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let length = line.unicodeScalars.count
            let role: Paragraph.Role = index == 0 && String(line) == article.title ? .title : .body
            paragraphs.append(Paragraph(span: TextSpan(start: offset, end: offset + length), role: role))
            offset += length + 1
        }
        var parsed = ParsedArticle(
            title: article.title, url: article.url, source: article.source, author: article.author,
            published: article.published, text: article.text, paragraphs: paragraphs, layout: .plain)
        parsed.publishedFrom = article.publishedFrom
        var document = builder.document(for: parsed, path: article.path)
        document.article = article
        let extracted = extract(document: document, path: article.path)
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
        extract(document: builder.document(for: parsed, path: path), path: path)
    }

    private func extract(document: Document, path: String) -> Extracted {
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
            contribution: resolver.resolve(result, of: document), failures: result.failures, capped: capped)
    }

    /// Ingests `paths` into `store`.
    ///
    /// Articles are read and extracted on `jobs` threads (one per core by default) while the calling thread
    /// stores them, in the order of `paths`, in batches of up to ``storeBatchSize`` articles per transaction
    /// (see ``MekongStore/GraphStore/ingest(batch:)``): each article is stored whole or not at all. Extraction
    /// runs at most a bounded number of articles ahead of the store, so memory stays flat. A file that cannot
    /// be read, or an article that cannot be stored, is reported in the summary and the run goes on; an
    /// extractor failure on one article keeps the other extractors' results.
    ///
    /// `curations` (the store's ``CurationFile``) are applied after each batch, in its transaction; an article
    /// they delete is not stored (``IngestSummary/deletedByCuration`` counts it).
    /// - Parameter progress: called after each file is stored with (done, total, path).
    /// - Throws: ``MekongStore/StoreError`` when a batch cannot be committed; the batches before it stay stored.
    public func ingest(
        _ paths: [String], into store: GraphStore, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        curations: [Curation] = [], progress: (Int, Int, String) -> Void = { _, _, _ in }
    ) throws -> IngestSummary {
        let deletedArticles = Curation.deletedArticles(in: curations)
        let started = Date()
        var summary = IngestSummary()
        let files = try articlePaths(paths)
        let nameIndexMark = try store.nameIndexMark()
        let workers = min(max(jobs, 1), max(files.count, 1))
        // Room for a whole batch, so that the workers keep extracting while the writer commits one (a commit
        // may checkpoint the log and wait for the disk for seconds); memory stays at about two batches.
        let queue = ExtractionQueue<Result<Extracted, IngestError>>(count: files.count, capacity: storeBatchSize)
        defer { queue.cancel() }
        for _ in 0..<workers {
            let thread = Thread { [self] in
                while let index = queue.take() { queue.put(index, extractResult(path: files[index])) }
            }
            // The main thread's stack size: with one job, extraction used to run on the main thread, and a
            // secondary thread's default stack is smaller.
            thread.stackSize = 8 << 20
            thread.start()
        }

        var pending: [(path: String, extracted: Result<Extracted, IngestError>)] = []
        var batchStarted = Date()
        var done = 0
        func commit(_ pending: [(path: String, extracted: Result<Extracted, IngestError>)]) throws {
            var contributions: [ArticleContribution] = []
            let pending = pending.filter { item in
                guard case .success(let extracted) = item.extracted else { return true }
                let article = extracted.contribution.article
                guard deletedArticles.contains(article.id) || deletedArticles.contains(article.sha256) else { return true }
                summary.deletedByCuration += 1
                done += 1
                progress(done, files.count, extracted.contribution.article.path)
                return false
            }
            for case .success(let extracted) in pending.map(\.extracted) { contributions.append(extracted.contribution) }
            var outcomes = try store.ingest(batch: contributions, curations: curations).makeIterator()
            for (path, extracted) in pending {
                switch extracted {
                case .success(let extracted):
                    summary.extractorFailures += extracted.failures.map { "\(path): \($0.localizedDescription)" }
                    summary.cappedArticles += extracted.capped
                    switch outcomes.next()! {
                    case .success(let outcome):
                        summary.count(outcome.change)
                    case .failure(let error):
                        summary.failedFiles.append("\(path) was not stored: \(error.localizedDescription)")
                    }
                case .failure(let error):
                    summary.failedFiles.append(error.localizedDescription)
                }
                done += 1
                progress(done, files.count, path)
            }
        }
        for path in files {
            guard let extracted = queue.next() else { break }
            if pending.isEmpty { batchStarted = Date() }
            pending.append((path, extracted))
            // A batch also ends after a few seconds, so that slow extractors still show progress and a killed
            // run loses little; on a large store each batch writes most index pages once, so it must not be small.
            if pending.count >= storeBatchSize || Date().timeIntervalSince(batchStarted) >= 10 {
                try commit(pending)
                pending.removeAll(keepingCapacity: true)
            }
        }
        if !pending.isEmpty { try commit(pending) }
        // Everything is stored by now: an index that cannot be merged (a busy or full disk) only stays slower to
        // search, and the next run that grows it tries again.
        _ = try? store.tidyNameIndex(grownSince: nameIndexMark)
        let statistics = try store.statistics()
        summary.entities = statistics.entities
        summary.relations = statistics.relations
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// The batch size of an ingestor built without one: on a large store each batch writes most index pages once,
    /// so batches must not be small.
    public static let defaultStoreBatchSize = 500

    /// Reads and extracts one file; a failure to read it is the result, not an error thrown.
    private func extractResult(path: String) -> Result<Extracted, IngestError> {
        do {
            return .success(try extract(path: path))
        } catch let error as IngestError {
            return .failure(error)
        } catch {
            return .failure(.unreadable(path: path, reason: error.localizedDescription))
        }
    }
}
