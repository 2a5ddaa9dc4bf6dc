import ArgumentParser
import MekongKit

struct ArticlesDeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Remove an article and what only it states; later ingests leave it out.",
        discussion: """
            Its mentions and evidence go, and so do the relations and entities no other article supports. The \
            deletion is a line of the store's curation.yaml (docs/curation.md): ingesting the same file, or a copy \
            of it elsewhere, does not bring it back; `mekong curate undo` forgets it, and the next ingest of the \
            file stores it again.
            """)

    @Argument(help: ArgumentHelp(
        "The article's id (`mekong articles --json`), the path it was read from, or its URL.", valueName: "id"))
    var article: String
    @OptionGroup var storeOptions: StoreOptions
    @Flag(name: .long, help: "Print JSON (docs/cli-json.md).") var json = false

    func run() throws {
        try UserFacingError.reporting {
            let curator = try Curator(store: storeOptions.openForCuration())
            let outcome = try curator.deleteArticle(article)
            if json { return try Output.document(CurationOutcomeJSON(outcome)) }
            Output.line("\(outcome.number). \(outcome.entry.curation.summary)")
            let statistics = try curator.store.statistics()
            Output.line("The store holds \(statistics.articles) articles, \(statistics.entities) entities and \(statistics.relations) relations.")
        }
    }
}
