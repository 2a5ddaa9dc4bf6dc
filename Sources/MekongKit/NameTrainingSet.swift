import Foundation
import MekongCore
import VietnameseNames

/// The name tagger's training data from gold files (`docs/name-tagger.md`): every article a folder of gold files
/// names, its tokens labelled with the gold names and aliases, in CRFsuite's data format.
public struct NameTrainingSet: Sendable {
    let ingestor: ArticleIngestor
    let data: NameTrainingData

    /// Reads articles as `ingestor` does, so that training sees the tokens and sentences tagging will.
    public init(ingestor: ArticleIngestor, data: NameTrainingData = NameTrainingData()) {
        self.ingestor = ingestor
        self.data = data
    }

    /// What one call wrote.
    public struct Tally: Sendable, Equatable {
        /// Articles written.
        public var articles = 0
        /// Tokens written.
        public var tokens = 0
        /// Tokens inside a gold name.
        public var nameTokens = 0
    }

    /// Writes the training text of every gold file of `goldDirectory` (articles read from `articlesDirectory`),
    /// one article at a time, through `write`.
    /// - Throws: ``EvaluationError`` for a gold folder or file that cannot be read or an article that is missing, and
    ///   the reader's error for an article that cannot be read.
    public func write(goldDirectory: String, articlesDirectory: String, to write: (String) throws -> Void) throws -> Tally {
        var tally = Tally()
        for (_, gold, articlePath) in try GoldFile.annotatedArticles(goldDirectory: goldDirectory, articlesDirectory: articlesDirectory) {
            let document = try ingestor.document(path: articlePath)
            let names = gold.entities.flatMap { entity in
                ([entity.name] + (entity.aliases ?? [])).map { (text: $0, type: EntityType(entity.type)) }
            }
            let labels = data.labels(of: document, names: names)
            try write(data.text(of: document, labels: labels))
            tally.articles += 1
            tally.tokens += labels.count
            tally.nameTokens += labels.filter { $0 != .outside }.count
        }
        return tally
    }
}
