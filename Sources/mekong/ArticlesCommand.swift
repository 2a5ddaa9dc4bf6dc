import ArgumentParser
import MekongKit

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles", abstract: "List the articles in the store, or delete one.",
        discussion: "`mekong articles` alone lists them (`articles list`).",
        subcommands: [ArticlesListCommand.self, ArticlesDeleteCommand.self], defaultSubcommand: ArticlesListCommand.self)
}

struct ArticlesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the articles in the store: date, outlet, title, URL and what each contributed.",
        discussion: """
            Newest first; articles without a known date come last. --mentions finds the entity as `show` does \
            (name, alias or id, ignoring case and diacritics). A date range leaves out the articles whose date is \
            unknown, and says how many it left out.

            Examples:
              mekong articles --mentions "Lê Văn Nưng"
              mekong articles --since 2021-04-01 --until 2021-04-30 --outlet dantri
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Option(name: .long, help: ArgumentHelp("Only articles that mention this entity (name, alias or id).", valueName: "name"))
    var mentions: String?
    @OptionGroup var dateOptions: DateOptions
    @Option(name: .long, help: "Only articles whose outlet or URL contains this text (dantri, TTXVN).") var outlet: String?
    @Option(name: .long, help: "List at most this many (the newest).") var limit: Int?
    @Flag(name: .long, help: "Print JSON (docs/cli-json.md).") var json = false

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more.") }
    }

    func run() throws {
        try UserFacingError.reporting {
            let store = try storeOptions.openForQueries()
            let entity = try mentions.map { try store.resolve($0) }
            let listing = try store.articleListing(ArticleFilter(
                mentioning: entity?.id, published: dateOptions.range, outlet: outlet, limit: limit))
            if json { return try Output.document(ArticleListJSON(listing)) }
            for article in listing.articles { Output.line(ArticleLine.text(article)) }
            if listing.articles.isEmpty { Output.line("No articles match.") }
            if listing.hasMore { Output.line("… and more (raise --limit).") }
            if listing.undatedLeftOut > 0 {
                Output.error("note: \(listing.undatedLeftOut) article(s) without a known date were left out by --since/--until.")
            }
        }
    }
}
