import ArgumentParser
import Foundation
import MekongKit

struct NamesTrainingDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names-training-data",
        abstract: "Write the name tagger's training data from gold files (docs/name-tagger.md).",
        discussion: """
            Reads every gold file of --gold and its article, labels each token with the gold name it belongs to \
            (O, B-ORG, I-ORG, B-PER, I-PER, B-LOC, I-LOC, B-DOC, I-DOC) and writes one line per token: the label \
            and the features vi.names reads there, tab-separated, an empty line after each sentence (CRFsuite's \
            data format). Plugins/VietnameseNames/Tools/train-name-tagger.py calls it for each gold folder and \
            trains the model vi.names ships with; use --name-model to tag with a model of your own.

            Example: mekong names-training-data --gold examples/corpus/dev/gold -o dev.crfsuite
            """)

    @Option(name: .long, help: ArgumentHelp("The directory of gold *.json files.", valueName: "dir")) var gold: String
    @Option(name: .long, help: ArgumentHelp(
        "The directory of articles (default: ../articles beside the gold directory).", valueName: "dir"))
    var articles: String?
    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The file to write (default: standard output); written whole or not at all.", valueName: "file"))
    var output = "-"
    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        try UserFacingError.reporting {
            let ingestor = try ArticleIngestor(extractors: [], language: languageOptions.profile)
            let articlesDirectory = articles ?? GoldFile.defaultArticlesDirectory(besideGold: gold)
            var tally: NameTrainingSet.Tally?
            try Output.stream(to: output) { write in
                tally = try NameTrainingSet(ingestor: ingestor).write(goldDirectory: gold, articlesDirectory: articlesDirectory) {
                    try write(Data($0.utf8))
                }
            }
            if let tally {
                Output.error("\(tally.articles) articles, \(tally.tokens) tokens, \(tally.nameTokens) in gold names")
            }
        }
    }
}
