import ArgumentParser
import Foundation
import MekongKit

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest", abstract: "Read articles and add what they state to the store.",
        discussion: """
            PATH may be a file, a directory (searched recursively for .txt files) or - for standard input.
            Articles are extracted --jobs at a time and stored in order, many per transaction but each one whole
            or not at all; ingesting the same content again changes nothing, and a changed article replaces what
            its earlier version contributed. The curations of curation.yaml beside the store (docs/curation.md)
            are applied after each batch. Progress goes to standard error when
            it is a terminal; a summary ends the run. Files that cannot be read or stored, and extractors that
            fail on an article, are reported; everything else is stored, and the exit status is then 1.

            Examples:
              mekong ingest articles/
              mekong ingest --rules my-pack.yaml --plugin Plugins/ExternalExample/mekong-plugin.json articles/
              cat article.txt | mekong ingest -
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp("Article files, directories, or - for standard input.", valueName: "path"))
    var paths: [String]
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
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more.") }
        guard maxArticleBytes >= 1, maxMentions >= 1, maxRelations >= 1 else {
            throw ValidationError("--max-article-bytes, --max-mentions and --max-relations must be 1 or more.")
        }
    }

    private func ingest() throws {
        let ingestor = try ArticleIngestor(
            extractors: pluginOptions.extractors(storePath: storeOptions.path),
            limits: ArticleIngestor.Limits(articleBytes: maxArticleBytes, mentions: maxMentions, relations: maxRelations),
            language: languageOptions.profile)
        // The store's curations (docs/curation.md) are applied after extraction, batch by batch; a mistake in
        // the file stops the run before the store is touched.
        let curations = try CurationFile.path(forStore: storeOptions.path).map { try CurationFile.read(at: $0) } ?? []
        let store = try storeOptions.open()
        let showProgress = Output.stderrIsTerminal && !json
        let summary = try ingestor.ingest(paths, into: store, jobs: jobs, curations: curations.map(\.curation)) { done, total, path in
            if showProgress { Output.error("\u{1B}[2K\r[\(done)/\(total)] \(Output.terminalSafe(path))", newline: done == total) }
        }
        for failure in summary.failedFiles { Output.error("skipped: \(failure)") }
        for failure in summary.extractorFailures { Output.error("extractor failed: \(failure)") }
        if summary.deletedByCuration > 0 {
            Output.error("note: \(summary.deletedByCuration) article(s) deleted by curation.yaml were left out.")
        }
        for capped in summary.cappedArticles { Output.error("capped: \(capped) (raise --max-mentions or --max-relations)") }
        if json {
            try Output.document(summary)
        } else {
            print(String(
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
        FileHandle.standardError.write(Data((text + (newline ? "\n" : "")).utf8))
    }
}
