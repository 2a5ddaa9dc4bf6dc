/// How one article's extraction compares with its gold file.
public struct ArticleEvaluation: Codable, Sendable {
    /// The article file name, as the gold file gives it.
    public var article: String
    /// Entity counts over the core types (the sum of ``entitiesByType``).
    public var entities = Score()
    /// Entity scores per core type.
    public var entitiesByType: [String: Score] = [:]
    /// Relation counts; relations with an end of a non-core type are not scored.
    public var relations = Score()
    /// `holds_position` relations matched, and how many of them had the right title.
    public var titlesMatched = 0
    /// How many of ``titlesMatched`` have a title that agrees with the gold relation's.
    public var titlesRight = 0
    /// Traps (gold `absent` items) the extraction produced.
    public var trapsHit: [String] = []
    /// Extracted items counted as false positives (traps marked `TRAP`), and matched posts whose title is
    /// wrong (counted as true positives), as readable lines.
    public var falsePositives: [String] = []
    /// Required gold entities and relations that nothing extracted matched, as readable lines.
    public var misses: [String] = []
    /// How many of the misses have each cause (``MissCause/rawValue`` → count).
    public var missCauses: [String: Int] = [:]
    /// Relation hits and false positives per rule that gave them ("extractor/rule/predicate"; misses have no rule).
    /// A relation that several rules gave counts for each.
    public var relationsByRule: [String: Score] = [:]
    /// Extractors that failed on the article (its score counts only what the others found).
    public var extractorFailures: [String] = []

    /// An empty evaluation of `article`, every count zero.
    public init(article: String) { self.article = article }
}
