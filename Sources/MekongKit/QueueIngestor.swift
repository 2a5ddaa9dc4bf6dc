import Foundation
import MekongIngest
import MekongPostgres
import MekongStore

/// Ingest into a PostgreSQL store through its queue: `mekong enqueue` adds articles, and any number of
/// `mekong ingest --queue` workers, on any number of machines, extract and store them (docs/postgres.md).
///
/// The graph a set of workers builds equals the one a single `mekong ingest` into SQLite builds from the same
/// articles in queue order: extraction runs in parallel, but articles are stored one at a time in queue order
/// (``MekongPostgres/PostgresGraphStore/storeQueued(waiting:)``).
public struct QueueIngestor: Sendable {
    /// Extraction, prepared once for the run.
    public let ingestor: ArticleIngestor
    /// The store's database.
    public let location: PostgresLocation

    /// A queue ingestor that extracts with `ingestor` into the store at `location`.
    public init(ingestor: ArticleIngestor, location: PostgresLocation) {
        self.ingestor = ingestor
        self.location = location
    }

    /// How many articles one transaction enqueues.
    static let enqueueBatchSize = 200

    /// Reads the articles `paths` name (files, directories searched recursively for `.txt`, or `-`) and adds
    /// their bytes to the queue in order, so that workers need no access to the files.
    ///
    /// A file that cannot be read is reported in the summary and the others are queued.
    /// - Parameter progress: called after each file with (done, total, path).
    /// - Throws: ``MekongIngest/IngestError`` when a path names nothing; ``MekongPostgres/PostgresStoreError``
    ///   when the queue cannot be written (the batches before stay queued).
    public func enqueue(_ paths: [String], progress: (Int, Int, String) -> Void = { _, _, _ in }) throws -> EnqueueSummary {
        let files = try ingestor.articlePaths(paths)
        let store = try PostgresGraphStore(location: location)
        defer { store.close() }
        var summary = EnqueueSummary()
        var batch: [QueuedArticle] = []
        func flush() throws {
            let added = try store.enqueue(batch)
            summary.queued += added
            summary.alreadyWaiting += batch.count - added
            batch.removeAll(keepingCapacity: true)
        }
        for (index, path) in files.enumerated() {
            do {
                let content = try ingestor.reader.bytes(at: path)
                batch.append(QueuedArticle(
                    path: path, identity: DocumentBuilder.identity(ofPath: path) ?? ArticleReader.standardInput,
                    content: content))
            } catch {
                summary.failedFiles.append(error.localizedDescription)
            }
            if batch.count >= Self.enqueueBatchSize { try flush() }
            progress(index + 1, files.count, path)
        }
        if !batch.isEmpty { try flush() }
        summary.pending = try store.waitingArticles().pending
        return summary
    }

    /// Works on the queue until it is empty: claims pending articles `jobs` at a time (one connection each),
    /// extracts them, records their contributions and stores whatever is ready in queue order; then waits
    /// until everything it extracted is stored.
    ///
    /// Other workers may work on the same queue at once; each article is extracted by one of them (a worker
    /// that dies leaves its article to the others). The summary counts what this process extracted and stored;
    /// articles another worker stored are not in it, but the totals of the store are.
    /// - Parameter progress: called after each article this process extracts or stores, with what it did.
    /// - Throws: ``MekongPostgres/PostgresStoreError`` when the store cannot be reached or written.
    public func work(jobs: Int, progress: @escaping @Sendable (QueueProgress) -> Void = { _ in }) throws -> IngestSummary {
        let started = Date()
        // Fails early, with the reason, when the store cannot be opened; also migrates it once.
        try PostgresGraphStore(location: location).close()
        let tally = QueueTally()
        let group = DispatchGroup()
        for _ in 0..<max(jobs, 1) {
            group.enter()
            // Extraction runs on a thread with the main thread's stack size, as in `ArticleIngestor.ingest`.
            let thread = Thread { [self] in
                defer { group.leave() }
                do {
                    let store = try PostgresGraphStore(location: location)
                    defer { store.close() }
                    try work(on: store, tally: tally, progress: progress)
                } catch {
                    tally.fail(error)
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        if let error = tally.error { throw error }
        let statistics = try PostgresGraphStore(location: location, migrating: false).statistics()
        var summary = tally.summary
        summary.entities = statistics.entities
        summary.relations = statistics.relations
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// One job's loop: claim, extract, record, store what is ready. When nothing is left to claim it stores the
    /// rest, and while an article before the last ones is still held by another worker it waits for that one
    /// (which may die and leave it to be claimed again): a job stops only when the queue is empty.
    private func work(on store: PostgresGraphStore, tally: QueueTally, progress: @Sendable (QueueProgress) -> Void) throws {
        while tally.error == nil {
            try claimAndExtract(on: store, tally: tally, progress: progress)
            for entry in try store.storeQueued(waiting: true, curations: { try curations(of: store) }) {
                tally.stored(entry, progress: progress)
            }
            if try store.waitingArticles().none { return }
            try store.waitForPendingHead()
        }
    }

    /// Claims, extracts and records articles until none is left to claim, storing what is ready after each.
    private func claimAndExtract(
        on store: PostgresGraphStore, tally: QueueTally, progress: @Sendable (QueueProgress) -> Void
    ) throws {
        while tally.error == nil, let claim = try store.claimNext() {
            let path = claim.article.path
            let identity = claim.article.identity == ArticleReader.standardInput ? nil : claim.article.identity
            let started = DispatchTime.now().uptimeNanoseconds
            let result = Result(catching: { () throws(IngestError) in
                try ingestor.extract(data: claim.article.content, path: path, identity: identity)
            })
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            switch result {
            case .success(let extracted):
                let problems = extracted.failures.map { "\(path): \($0.localizedDescription)" }
                let data = try PostgresGraphStore.encodeContribution(extracted.contribution)
                try store.finish(
                    claim, contribution: data, problems: problems.isEmpty ? nil : problems.joined(separator: "\n"),
                    seconds: seconds)
                tally.extracted(problems: problems, capped: extracted.capped)
            case .failure(let error):
                try store.finish(claim, contribution: nil, problems: error.localizedDescription, seconds: seconds)
                tally.extractionFailed(error.localizedDescription)
            }
            progress(.extracted(path))
            for entry in try store.storeQueued(waiting: false, curations: { try curations(of: store) }) {
                tally.stored(entry, progress: progress)
            }
        }
    }

    /// The store's curations as they stand now (one read of the table), read by the storing session once it holds
    /// the storing lock.
    private func curations(of store: PostgresGraphStore) throws -> [Curation] {
        try store.curationEntries().map(\.curation)
    }
}
