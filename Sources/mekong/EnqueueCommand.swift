import ArgumentParser
import Foundation
import MekongKit

struct EnqueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enqueue", abstract: "Add articles to a PostgreSQL store's queue, for `mekong ingest --queue` workers.",
        discussion: """
            Reads each article (PATH may be a file, a directory searched recursively for .txt files, or - for \
            standard input) and stores its bytes in the queue of the PostgreSQL store, in order, so that workers on \
            other machines need no access to the files. Any number of workers then extract and store them \
            (`mekong ingest --queue --store postgres://…`), each article once; they are stored in queue order, so the \
            graph is the one a single ingest of the same articles gives. The same bytes of the same file wait in \
            the queue once, however often they are enqueued (docs/postgres.md).

            Examples:
              mekong enqueue --store postgres://mekong@db.example/news archive/2024/
              mekong ingest --store postgres://mekong@db.example/news --queue     # on each worker machine
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp("Article files, directories, or - for standard input.", valueName: "path"))
    var paths: [String]
    @Flag(name: .long, help: "Print the summary as JSON (docs/cli-json.md).")
    var json = false
    @Option(name: .long, help: ArgumentHelp(
        "Refuse articles larger than this many bytes (default 10485760, 10 MiB).", valueName: "bytes"))
    var maxArticleBytes = ArticleIngestor.Limits().articleBytes

    func validate() throws {
        guard storeOptions.isPostgres else {
            throw ValidationError("enqueue fills a PostgreSQL store's queue (--store postgres://USER@HOST/DB); a SQLite "
                + "store is filled by `mekong ingest PATH`.")
        }
        guard maxArticleBytes >= 1 else { throw ValidationError("--max-article-bytes must be 1 or more.") }
    }

    func run() throws {
        try UserFacingError.reporting {
            // Reading needs no extractors: the workers extract.
            let ingestor = try ArticleIngestor(extractors: [], limits: ArticleIngestor.Limits(articleBytes: maxArticleBytes))
            let queue = QueueIngestor(ingestor: ingestor, location: try storeOptions.postgresLocation())
            let showProgress = Output.stderrIsTerminal && !json
            let summary = try queue.enqueue(paths) { done, total, path in
                if showProgress { Output.error("\u{1B}[2K\r[\(done)/\(total)] \(Output.terminalSafe(path))", newline: done == total) }
            }
            for failure in summary.failedFiles { Output.error("skipped: \(failure)") }
            if json {
                try Output.document(summary)
            } else {
                Output.line("\(summary.queued) articles queued (\(summary.alreadyWaiting) already waiting); "
                    + "\(summary.pending) wait for a worker.")
            }
            if !summary.failedFiles.isEmpty { throw ExitCode(1) }
        }
    }
}
