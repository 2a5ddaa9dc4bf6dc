/// A fact between two entities, with every piece of evidence that states it.
public struct Relation: Codable, Hashable, Sendable, Identifiable {
    /// Stable id derived from subject, predicate, object and identifying attributes; see
    /// ``StableID/relation(subject:predicate:object:attributes:)``.
    public var id: String
    /// The id of the subject entity.
    public var subject: String
    /// What the relation states; see `docs/schema.md` for the direction of each core predicate.
    public var predicate: Predicate
    /// The id of the object entity.
    public var object: String
    /// `title` for `holds_position`, `date` for `issued`; values are strings, dates ISO 8601.
    public var attributes: [String: String]
    /// The sentences that state the relation and who found them; a fact stated in several places has several.
    public var evidence: [Evidence]

    /// A relation from its parts; `id` should come from ``StableID/relation(subject:predicate:object:attributes:)``.
    public init(
        id: String, subject: String, predicate: Predicate, object: String, attributes: [String: String] = [:],
        evidence: [Evidence] = []
    ) {
        self.id = id
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.attributes = attributes
        self.evidence = evidence
    }

    /// The highest confidence of any evidence.
    public var confidence: Double { evidence.map(\.confidence).max() ?? 0 }

    /// The entity at the other end from `entityID`, or nil when the relation does not touch it.
    public func otherEnd(from entityID: String) -> String? {
        if subject == entityID { return object }
        if object == entityID { return subject }
        return nil
    }
}
