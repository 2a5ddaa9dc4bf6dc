/// How one article's extraction compares with its gold file.
public struct ArticleEvaluation: Codable, Sendable {
    public var article: String
    public var entities = Score()
    /// Entity scores per core type.
    public var entitiesByType: [String: Score] = [:]
    public var relations = Score()
    /// `holds_position` relations matched, and how many of them had the right title.
    public var titlesMatched = 0
    public var titlesRight = 0
    /// Traps (gold `absent` items) the extraction produced.
    public var trapsHit: [String] = []
    /// Extracted items that are wrong, and gold items that were missed, as readable lines.
    public var falsePositives: [String] = []
    public var misses: [String] = []
    /// Extractors that failed on the article (its score counts only what the others found).
    public var extractorFailures: [String] = []

    public init(article: String) { self.article = article }
}
