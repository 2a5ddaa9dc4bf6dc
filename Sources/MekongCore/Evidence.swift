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
    /// What this report says of the fact's time, which another article may report otherwise: the
    /// ``reportAttributes`` (`status`, `term`, `since`, `until`) the sentence gave; empty when it gave none.
    public var attributes: [String: String]

    /// Evidence from its parts; `start` and `end` are Unicode-scalar offsets into the article's stored text.
    public init(
        article: String, start: Int, end: Int, text: String, extractor: String, rule: String? = nil,
        confidence: Double, attributes: [String: String] = [:]
    ) {
        self.article = article
        self.start = start
        self.end = end
        self.text = text
        self.extractor = extractor
        self.rule = rule
        self.confidence = confidence
        self.attributes = attributes
    }

    enum CodingKeys: String, CodingKey { case article, start, end, text, extractor, rule, confidence, attributes }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        article = try container.decode(String.self, forKey: .article)
        start = try container.decode(Int.self, forKey: .start)
        end = try container.decode(Int.self, forKey: .end)
        text = try container.decode(String.self, forKey: .text)
        extractor = try container.decode(String.self, forKey: .extractor)
        rule = try container.decodeIfPresent(String.self, forKey: .rule)
        confidence = try container.decode(Double.self, forKey: .confidence)
        attributes = try container.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(article, forKey: .article)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(text, forKey: .text)
        try container.encode(extractor, forKey: .extractor)
        try container.encodeIfPresent(rule, forKey: .rule)
        try container.encode(confidence, forKey: .confidence)
        // Left out when empty: a report that says nothing of time reads as in version 2 of the export.
        if !attributes.isEmpty { try container.encode(attributes, forKey: .attributes) }
    }
}
