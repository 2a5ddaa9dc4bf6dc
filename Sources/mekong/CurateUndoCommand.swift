import ArgumentParser
import MekongKit

struct CurateUndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Remove the last curation (or number N of `curate list`) and restore the graph.",
        discussion: """
            The graph is derived again from the articles the store holds, extracted with the extractors of this \
            run (give the same --rules and --plugin as ingest did), and the remaining curations are applied. \
            Undoing `articles delete` only forgets the deletion: ingest the article's file again to bring it back.
            """)

    @Argument(help: ArgumentHelp("The curation's number in `curate list` (default: the last).", valueName: "n"))
    var number: Int?
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var pluginOptions: PluginOptions
    @OptionGroup var languageOptions: LanguageOptions
    @Flag(name: .long, help: "Print JSON (docs/cli-json.md).") var json = false

    func validate() throws {
        if let number, number < 1 { throw ValidationError("N must be 1 or more.") }
    }

    func run() throws {
        try UserFacingError.reporting {
            let curator = try Curator(store: storeOptions.openForCuration())
            let ingestor = try ArticleIngestor(
                extractors: pluginOptions.extractors(storePath: storeOptions.path), language: languageOptions.profile)
            let outcome = try curator.undo(number, ingestor: ingestor)
            if json { return try Output.document(CurationOutcomeJSON(outcome)) }
            Output.line("Undone: \(outcome.number). \(outcome.entry.curation.summary)")
            let statistics = try curator.store.statistics()
            Output.line("The store holds \(statistics.entities) entities and \(statistics.relations) relations.")
        }
    }
}
