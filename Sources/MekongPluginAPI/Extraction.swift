/// What one extractor returns for one document.
public struct Extraction: Sendable {
    /// The mentions found, in the order relations index them with ``MentionReference/new(_:)``.
    public var mentions: [EntityMention]
    /// The relations found between mentions of the document or of ``mentions``.
    public var relations: [RelationCandidate]

    /// An extraction of `mentions` and `relations`; empty by default.
    public init(mentions: [EntityMention] = [], relations: [RelationCandidate] = []) {
        self.mentions = mentions
        self.relations = relations
    }
}
