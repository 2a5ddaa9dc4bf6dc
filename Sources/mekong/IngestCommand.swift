import ArgumentParser
import Foundation
import MekongKit

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest", abstract: "Read articles and add what they state to the store.",
        discussion: """
            PATH may be a file, a directory (searched recursively for .txt files) or - for standard input. \
            Articles are extracted --jobs at a time and stored in order, many per transaction but each one whole \
            or not at all; ingesting the same content again changes nothing, and a changed article replaces what \
            its earlier version contributed. The curations of curation.yaml beside the store (docs/curation.md) \
            are applied after each batch. Progress goes to standard error when \
            it is a terminal; a summary ends the run. Files that cannot be read or stored, and extractors that \
            fail on an article, are reported; everything else is stored, and the exit status is then 1.

            With a PostgreSQL store (--store postgres://USER@HOST/DB, docs/postgres.md) the articles are added to \
            its queue and this process then works on the queue with --jobs connections, beside any other workers; \
            with --queue and no PATH it only works on what `mekong enqueue` queued. Articles are stored in queue \
            order, so the graph is the one a single SQLite ingest of the same articles gives; the store's \
            curations (kept in the database) are applied after each article.

            Examples:
              mekong ingest articles/
              mekong ingest --store postgres://mekong@db.example/news --queue
              mekong ingest --rules my-pack.yaml --plugin Plugins/ExternalExample/mekong-plugin.json articles/
              cat article.txt | mekong ingest -
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp("Article files, directories, or - for standard input.", valueName: "path"))
    var paths: [String] = []
    @Flag(name: .long, help: "Work on a PostgreSQL store's queue (filled by `mekong enqueue`) until it is empty.")
    var queue = false
    @OptionGroup var pluginOptions: PluginOptions
    @OptionGroup var languageOptions: LanguageOptions
    @Option(name: .long, help: "Articles read and extracted at once (default: one per core).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    @Flag(name: .long, help: "Print the summary as JSON (docs/cli-json.md).")
    var json = false
    @Option(name: .long, help: ArgumentHelp(
        "Refuse articles larger than this many bytes (default 10485760, 10 MiB).", valueName: "bytes"))
    var maxArticleBytes = ArticleIngestor.Limits().articleBytes
    @Option(name: .long, help: ArgumentHelp(
        "Keep at most this many mentions of one article (default 200000).", valueName: "count"))
    var maxMentions = ArticleIngestor.Limits().mentions
    @Option(name: .long, help: ArgumentHelp(
        "Keep at most this many relations of one article (default 100000).", valueName: "count"))
    var maxRelations = ArticleIngestor.Limits().relations

    func run() throws { try UserFacingError.reporting(ingest) }

    func validate() throws {
        if queue && !storeOptions.isPostgres {
            throw ValidationError("--queue works on a PostgreSQL store (--store postgres://USER@HOST/DB); a SQLite "
                + "store is filled by one process: give the articles as PATH.")
        }
        if !queue && paths.isEmpty { throw ValidationError("Give the articles to ingest (files, directories or -).") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more.") }
        guard maxArticleBytes >= 1, maxMentions >= 1, maxRelations >= 1 else {
            throw ValidationError("--max-article-bytes, --max-mentions and --max-relations must be 1 or more.")
        }
    }

    private func ingest() throws {
        let ingestor = try ArticleIngestor(
            extractors: pluginOptions.extractors(storePath: storeOptions.isPostgres ? nil : storeOptions.path),
            limits: ArticleIngestor.Limits(articleBytes: maxArticleBytes, mentions: maxMentions, relations: maxRelations),
            language: languageOptions.profile)
        if storeOptions.isPostgres { return try ingestQueued(ingestor) }
        // The store's curations (docs/curation.md) are applied after extraction, batch by batch; a mistake in
        // the file stops the run before the store is touched.
        let curations = try CurationFile.path(forStore: storeOptions.path).map { try CurationFile.read(at: $0) } ?? []
        let store = try storeOptions.open()
        let showProgress = Output.stderrIsTerminal && !json
        let summary = try ingestor.ingest(paths, into: store, jobs: jobs, curations: curations.map(\.curation)) { done, total, path in
            if showProgress { Output.error("\u{1B}[2K\r[\(done)/\(total)] \(Output.terminalSafe(path))", newline: done == total) }
        }
        try report(summary)
    }

    /// Enqueues the paths given (if any), then works on the PostgreSQL store's queue until it is empty.
    private func ingestQueued(_ ingestor: ArticleIngestor) throws {
        let queued = QueueIngestor(ingestor: ingestor, location: try storeOptions.postgresLocation())
        let showProgress = Output.stderrIsTerminal && !json
        var unreadable: [String] = []
        if !paths.isEmpty {
            let enqueued = try queued.enqueue(paths) { done, total, path in
                if showProgress { Output.error("\u{1B}[2K\r[\(done)/\(total)] queued \(Output.terminalSafe(path))", newline: done == total) }
            }
            unreadable = enqueued.failedFiles
            if enqueued.alreadyWaiting > 0 {
                Output.error("note: \(enqueued.alreadyWaiting) article(s) were already waiting in the queue.")
            }
        }
        let counter = ProgressCounter()
        var summary = try queued.work(jobs: jobs) { event in
            guard showProgress else { return }
            let (extracted, stored) = counter.count(event)
            if case .stored(let path) = event {
                Output.error("\u{1B}[2K\r[extracted \(extracted), stored \(stored)] \(Output.terminalSafe(path))", newline: false)
            }
        }
        if showProgress { Output.error("", newline: true) }
        summary.failedFiles = unreadable + summary.failedFiles
        try report(summary)
    }

    private func report(_ summary: IngestSummary) throws {
        for failure in summary.failedFiles { Output.error("skipped: \(failure)") }
        for failure in summary.extractorFailures { Output.error("extractor failed: \(failure)") }
        if summary.deletedByCuration > 0 {
            Output.error("note: \(summary.deletedByCuration) article(s) deleted by a curation (`mekong curate list`) were left out.")
        }
        for capped in summary.cappedArticles { Output.error("capped: \(capped) (raise --max-mentions or --max-relations)") }
        if json {
            try Output.document(summary)
        } else if let extracted = summary.extracted {
            Output.line(String(
                format: "Extracted %d articles here and stored %d (%d new, %d replaced, %d unchanged) in %.2f s; the store "
                    + "holds %d entities and %d relations.",
                extracted, summary.articles, summary.added, summary.replaced, summary.unchanged, summary.seconds,
                summary.entities, summary.relations))
        } else {
            Output.line(String(
                format: "%d articles (%d new, %d replaced, %d unchanged) in %.2f s; the store holds %d entities and %d relations.",
                summary.articles, summary.added, summary.replaced, summary.unchanged, summary.seconds, summary.entities,
                summary.relations))
        }
        // Anything skipped or left unextracted is reported above and makes the run fail, so scripts notice.
        if !summary.failedFiles.isEmpty || !summary.extractorFailures.isEmpty { throw ExitCode(1) }
    }
}

extension Output {
    static func error(_ text: String, newline: Bool) {
        flushStandardOutputRemembering()
        FileHandle.standardError.write(Data((text + (newline ? "\n" : "")).utf8))
    }
}
