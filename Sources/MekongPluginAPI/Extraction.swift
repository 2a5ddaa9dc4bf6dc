/// What one extractor returns for one document.
public struct Extraction: Sendable {
    public var mentions: [EntityMention]
    public var relations: [RelationCandidate]

    public init(mentions: [EntityMention] = [], relations: [RelationCandidate] = []) {
        self.mentions = mentions
        self.relations = relations
    }
}
