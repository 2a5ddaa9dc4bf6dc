/// Why Mekong believes a relation: the sentence of an article that states it and who found it.
public struct Evidence: Codable, Hashable, Sendable {
    /// The article id.
    public var article: String
    /// Start offset (Unicode scalars) of the evidence sentence in the article's stored text.
    public var start: Int
    /// End offset (exclusive).
    public var end: Int
    /// The sentence text.
    public var text: String
    /// The id of the extractor that produced the relation (`vi.officials`).
    public var extractor: String
    /// The rule inside the extractor, when it has named rules (rule packs do).
    public var rule: String?
    /// Confidence in 0…1.
    public var confidence: Double

    /// Evidence from its parts; `start` and `end` are Unicode-scalar offsets into the article's stored text.
    public init(
        article: String, start: Int, end: Int, text: String, extractor: String, rule: String? = nil,
        confidence: Double
    ) {
        self.article = article
        self.start = start
        self.end = end
        self.text = text
        self.extractor = extractor
        self.rule = rule
        self.confidence = confidence
    }

    enum CodingKeys: String, CodingKey { case article, start, end, text, extractor, rule, confidence }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(article, forKey: .article)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(text, forKey: .text)
        try container.encode(extractor, forKey: .extractor)
        try container.encodeIfPresent(rule, forKey: .rule)
        try container.encode(confidence, forKey: .confidence)
    }
}
