import MekongCore

/// A relation an extractor found between two mentions, with the span of text that states it.
public struct RelationCandidate: Hashable, Sendable {
    /// The mention the relation starts from.
    public var subject: MentionReference
    /// What the relation states; see `docs/schema.md` for each core predicate's direction.
    public var predicate: Predicate
    /// The mention the relation points to.
    public var object: MentionReference
    /// `title` for `holds_position`, `date` (ISO 8601) for `issued`, …
    public var attributes: [String: String]
    /// The text that states the relation, usually its sentence.
    public var evidence: TextSpan
    /// Confidence in 0…1.
    public var confidence: Double
    /// The id of the extractor; the pipeline fills it in.
    public var extractor: String
    /// The rule inside the extractor that matched, when it has named rules.
    public var rule: String?

    /// A relation candidate; the pipeline sets `extractor`.
    public init(
        subject: MentionReference, predicate: Predicate, object: MentionReference, attributes: [String: String] = [:],
        evidence: TextSpan, confidence: Double = 0.8, extractor: String = "", rule: String? = nil
    ) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.attributes = attributes
        self.evidence = evidence
        self.confidence = confidence
        self.extractor = extractor
        self.rule = rule
    }
}
