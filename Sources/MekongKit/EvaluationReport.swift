/// The result of `mekong eval`: every article and the micro-averages.
public struct EvaluationReport: Codable, Sendable {
    /// Each article's evaluation, in the order of the gold file names.
    public var articles: [ArticleEvaluation]
    /// Entity counts summed over all articles.
    public var entities: Score
    /// Entity counts summed over all articles, per core type name (only the types that occur).
    public var entitiesByType: [String: Score]
    /// Relation counts summed over all articles.
    public var relations: Score
    /// `holds_position` relations matched to a required gold relation, over all articles.
    public var titlesMatched: Int
    /// How many of ``titlesMatched`` have the right title, over all articles.
    public var titlesRight: Int
    /// How many traps (gold `absent` items) the extraction produced, over all articles.
    public var trapsHit: Int
    /// Misses per cause (``MissCause/rawValue`` → count), over all articles.
    public var missCauses: [String: Int]
    /// Relation hits and false positives per rule ("extractor/rule/predicate"), over all articles: where precision goes.
    public var relationsByRule: [String: Score]

    /// Sums the per-article counts (micro-averaging).
    public init(articles: [ArticleEvaluation]) {
        self.articles = articles
        entities = articles.reduce(Score()) { $0 + $1.entities }
        relations = articles.reduce(Score()) { $0 + $1.relations }
        var byType: [String: Score] = [:]
        for article in articles {
            for (type, score) in article.entitiesByType { byType[type] = (byType[type] ?? Score()) + score }
        }
        entitiesByType = byType
        titlesMatched = articles.reduce(0) { $0 + $1.titlesMatched }
        titlesRight = articles.reduce(0) { $0 + $1.titlesRight }
        trapsHit = articles.reduce(0) { $0 + $1.trapsHit.count }
        missCauses = articles.reduce(into: [:]) { total, article in
            for (cause, count) in article.missCauses { total[cause, default: 0] += count }
        }
        relationsByRule = articles.reduce(into: [:]) { total, article in
            for (rule, score) in article.relationsByRule { total[rule] = (total[rule] ?? Score()) + score }
        }
    }

    /// The share of matched `holds_position` relations whose title is right (1 when none matched).
    public var titleAccuracy: Double { titlesMatched == 0 ? 1 : Double(titlesRight) / Double(titlesMatched) }
}
