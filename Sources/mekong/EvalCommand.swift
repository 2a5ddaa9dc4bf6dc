import ArgumentParser
import Foundation
import MekongKit

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval", abstract: "Measure extraction against gold files (docs/gold-format.md).",
        discussion: """
            Each article is ingested into an empty store, exported and aligned with its gold file. Prints \
            per-article and micro-averaged precision, recall and F1 for entities (also per type) and relations, \
            title accuracy, traps hit, and the false positives and misses. Exits with 1 below a threshold.
            """)

    @Option(name: .long, help: "The directory of gold *.json files.") var gold: String
    @Option(name: .long, help: "The directory of articles (default: ../articles beside the gold directory).")
    var articles: String?
    @Option(name: .long, help: "Fail below this micro-averaged entity F1.") var minEntityF1: Double?
    @Option(name: .long, help: "Fail below this micro-averaged relation F1.") var minRelationF1: Double?
    @Flag(name: .long, help: "Print the report as JSON.") var json = false
    @Flag(name: .long, help: "Also list every false positive and miss, and the rules that gave false relations (true / false per rule: docs/gold-format.md).") var verbose = false
    @OptionGroup var pluginOptions: PluginOptions
    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        try UserFacingError.reporting {
            let ingestor = try ArticleIngestor(extractors: pluginOptions.extractors(storePath: nil), language: languageOptions.profile)
            let articlesDirectory = articles ?? GoldFile.defaultArticlesDirectory(besideGold: gold)
            let report = try Evaluator(ingestor: ingestor).evaluate(goldDirectory: gold, articlesDirectory: articlesDirectory)
            if json { try Output.json(report) } else { Output.line(EvaluationText.render(report, verbose: verbose)) }
            var failed = false
            if let minEntityF1, report.entities.f1 < minEntityF1 {
                Output.error(String(format: "entity F1 %.3f is below --min-entity-f1 %.3f", report.entities.f1, minEntityF1))
                failed = true
            }
            if let minRelationF1, report.relations.f1 < minRelationF1 {
                Output.error(String(format: "relation F1 %.3f is below --min-relation-f1 %.3f", report.relations.f1, minRelationF1))
                failed = true
            }
            if failed { throw ExitCode(1) }
        }
    }
}
