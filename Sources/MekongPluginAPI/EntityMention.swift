import MekongCore

/// One place where an extractor found an entity named.
public struct EntityMention: Hashable, Sendable {
    /// What kind of entity is named.
    public var type: EntityType
    /// Where in the document's text; ``text`` is the text there.
    public var span: TextSpan
    /// The text at ``span``, as it stands in the document.
    public var text: String
    /// The name the mention stands for, in full ("Ủy ban nhân dân tỉnh Yên Bái" for "UBND tỉnh Yên Bái";
    /// "Lê Văn Nưng" for "ông Nưng" when the extractor knows it). Resolution merges mentions by it.
    public var canonicalName: String
    /// Other names the extractor knows for the entity (an abbreviation's expansion, a symbol's full title).
    public var aliases: [String]
    /// Free attributes of the entity, values strings; resolution keeps them on the entity (the built-in `vi.`
    /// extractors' `unit` of a place excepted).
    public var attributes: [String: String]
    /// What the extractor tells later extractors about the mention; never stored.
    public var hints: MentionHints
    /// Confidence in 0…1.
    public var confidence: Double
    /// The id of the extractor that found it; the pipeline fills it in.
    public var extractor: String
    /// The rule inside the extractor that matched, when it has named rules.
    public var rule: String?

    /// A mention; without `canonicalName` it stands for its own `text`. The pipeline sets `extractor`.
    public init(
        type: EntityType, span: TextSpan, text: String, canonicalName: String? = nil, aliases: [String] = [],
        attributes: [String: String] = [:], hints: MentionHints = MentionHints(), confidence: Double = 0.9,
        extractor: String = "", rule: String? = nil
    ) {
        self.type = type
        self.span = span
        self.text = text
        self.canonicalName = canonicalName ?? text
        self.aliases = aliases
        self.attributes = attributes
        self.hints = hints
        self.confidence = confidence
        self.extractor = extractor
        self.rule = rule
    }
}
