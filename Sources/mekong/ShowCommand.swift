import ArgumentParser
import MekongKit

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one entity: its aliases, articles, relations and the sentences that state them.")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp("An entity's name, alias or id.", valueName: "name-or-id")) var name: String
    @Flag(name: .long, help: "Print JSON (docs/cli-json.md).") var json = false

    /// The articles listed under the entity; `mekong articles --mentions` lists them all.
    static let articlesShown = 10

    func run() throws {
        try UserFacingError.reporting {
            let store = try storeOptions.openForQueries()
            let entity = try store.resolve(name)
            let relations = try store.relations(of: entity.id)
            let names = try store.entityNames(relations.flatMap { [$0.subject, $0.object] })
            let articles = try store.articleSummaries(relations.flatMap { $0.evidence.map(\.article) })
            let mentioning = try store.articleListing(ArticleFilter(mentioning: entity.id, limit: Self.articlesShown))
            let described = relations.map { RelationJSON($0, names: names, articles: articles) }
            if json {
                return try Output.document(EntityDetailJSON(entity: entity, articles: mentioning.articles, relations: described))
            }
            Output.line("\(entity.name) [\(entity.type)] \(entity.id)")
            if !entity.aliases.isEmpty { Output.line("  aliases: \(entity.aliases.joined(separator: "; "))") }
            for (key, value) in entity.attributes.sorted(by: { $0.key < $1.key }) { Output.line("  \(key): \(value)") }
            Output.line("  mentioned \(entity.mentions.count) times in \(Set(entity.mentions.map(\.article)).count) article(s)")
            for article in mentioning.articles { Output.line("    " + ArticleLine.text(article, counts: false)) }
            if mentioning.hasMore { Output.line("    … and more: mekong articles --mentions \(entity.id)") }
            for relation in described {
                Output.line("\n  \(relation.subject.name) —\(relation.predicate)→ \(relation.object.name)"
                    + (relation.attributes.isEmpty ? "" : "  [\(RelationLine.attributes(relation.attributes))]"))
                for evidence in relation.evidence {
                    let source = articles[evidence.articleId].map { ArticleLine.text($0, counts: false) } ?? evidence.articleId
                    // What this article says of the post's time: another article may say otherwise.
                    let report = evidence.attributes.isEmpty ? "" : "[\(RelationLine.attributes(evidence.attributes))] "
                    Output.line("    \(report)“\(evidence.sentence)”")
                    Output.line("      — \(source)")
                    Output.line("        [\(evidence.start)..<\(evidence.end)], \(evidence.extractor), confidence \(evidence.confidence)")
                }
            }
        }
    }
}
