/// One sentence that states a relation, in the CLI's JSON (docs/cli-json.md), with the article it is from.
public struct EvidenceJSON: Codable, Hashable, Sendable {
    /// The sentence.
    public var sentence: String
    /// The article id.
    public var articleId: String
    /// The article's headline, or nil when the store does not hold the article.
    public var articleTitle: String?
    /// The article's ISO 8601 publication date, or nil when unknown.
    public var published: String?
    /// The article's outlet, or nil when unknown.
    public var source: String?
    /// The article's web address, or nil when unknown.
    public var url: String?
    /// Where the sentence starts in the article's stored text, in Unicode scalars.
    public var start: Int
    /// Where it ends (exclusive).
    public var end: Int
    /// The extractor that found the relation.
    public var extractor: String
    /// The rule inside the extractor, or nil when it has none.
    public var rule: String?
    /// Confidence in 0…1.
    public var confidence: Double
    /// What this report says of a post's time (`status`, `term`, `since`, `until`): each article's own, so
    /// that a post reported held in one and left ("nguyên …") in a later one shows both; empty when it says
    /// nothing.
    public var attributes: [String: String]

    /// The JSON of `evidence`, with what is known of its article.
    public init(_ evidence: Evidence, article: ArticleSummary?) {
        sentence = evidence.text
        articleId = evidence.article
        articleTitle = article?.title
        published = article?.published
        source = article?.source
        url = article?.url
        start = evidence.start
        end = evidence.end
        extractor = evidence.extractor
        rule = evidence.rule
        confidence = evidence.confidence
        attributes = evidence.attributes
    }

    enum CodingKeys: String, CodingKey {
        case sentence, articleId = "article_id", articleTitle = "article_title", published, source, url, start, end
        case extractor, rule, confidence, attributes
    }

    /// Reads the JSON back; `attributes` may be missing (the shape before it was added).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sentence = try container.decode(String.self, forKey: .sentence)
        articleId = try container.decode(String.self, forKey: .articleId)
        articleTitle = try container.decodeIfPresent(String.self, forKey: .articleTitle)
        published = try container.decodeIfPresent(String.self, forKey: .published)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        url = try container.decodeIfPresent(String.self, forKey: .url)
        start = try container.decode(Int.self, forKey: .start)
        end = try container.decode(Int.self, forKey: .end)
        extractor = try container.decode(String.self, forKey: .extractor)
        rule = try container.decodeIfPresent(String.self, forKey: .rule)
        confidence = try container.decode(Double.self, forKey: .confidence)
        attributes = try container.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
    }

    /// Writes `null` for what is unknown rather than leaving the key out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(articleId, forKey: .articleId)
        try container.encode(articleTitle, forKey: .articleTitle)
        try container.encode(published, forKey: .published)
        try container.encode(source, forKey: .source)
        try container.encode(url, forKey: .url)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(extractor, forKey: .extractor)
        try container.encode(rule, forKey: .rule)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(attributes, forKey: .attributes)
    }
}
