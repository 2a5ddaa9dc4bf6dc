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
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?
    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        try UserFacingError.reporting {
            let ingestor = try ArticleIngestor(extractors: [], language: languageOptions.profile)
            let articlesDirectory = articles
                ?? ((gold as NSString).deletingLastPathComponent as NSString).appendingPathComponent("articles")
            let set = NameTrainingSet(ingestor: ingestor)
            let tally: NameTrainingSet.Tally
            if let output {
                guard FileManager.default.createFile(atPath: output, contents: nil),
                      let handle = FileHandle(forWritingAtPath: output)
                else { throw UserFacingError(description: "Cannot create \(output): check the folder exists and is writable.") }
                defer { try? handle.close() }
                tally = try set.write(goldDirectory: gold, articlesDirectory: articlesDirectory) { try handle.write(contentsOf: Data($0.utf8)) }
            } else {
                tally = try set.write(goldDirectory: gold, articlesDirectory: articlesDirectory) { try Output.toStandardOutput(Data($0.utf8)) }
            }
            Output.error("\(tally.articles) articles, \(tally.tokens) tokens, \(tally.nameTokens) in gold names")
        }
    }
}
