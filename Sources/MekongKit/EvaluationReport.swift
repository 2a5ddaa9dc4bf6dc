/// The result of `mekong eval`: every article and the micro-averages.
public struct EvaluationReport: Codable, Sendable {
    public var articles: [ArticleEvaluation]
    public var entities: Score
    public var entitiesByType: [String: Score]
    public var relations: Score
    public var titlesMatched: Int
    public var titlesRight: Int
    public var trapsHit: Int

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
    }

    /// The share of matched `holds_position` relations whose title is right (1 when none matched).
    public var titleAccuracy: Double { titlesMatched == 0 ? 1 : Double(titlesRight) / Double(titlesMatched) }
}
