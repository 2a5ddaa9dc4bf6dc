/// What ingesting one article changed in the store.
public struct IngestOutcome: Sendable, Hashable {
    /// Whether the article was new, replaced an earlier version, or was already stored as is.
    public enum Change: String, Sendable, Hashable {
        /// The article was not in the store.
        case added
        /// The store held another version of the article (another SHA-256); its contribution was replaced.
        case replaced
        /// The store already held this exact article; nothing changed.
        case unchanged
    }

    /// What happened to the article.
    public var change: Change
    /// Entities this article created (not merged into an existing one).
    public var entitiesAdded: Int
    /// Entities of this article that resolved to an entity already in the store (by id, name or alias key).
    public var entitiesMerged: Int
    /// Relations this article created; a relation the store already held only gains evidence.
    public var relationsAdded: Int
    /// Pieces of evidence stored for this article (duplicates within the article are stored once).
    public var evidenceAdded: Int
    /// Relations left out because an end is neither among the article's entities nor in the store.
    public var relationsDropped: Int

    /// Creates an outcome; all counts default to zero.
    public init(
        change: Change, entitiesAdded: Int = 0, entitiesMerged: Int = 0, relationsAdded: Int = 0,
        evidenceAdded: Int = 0, relationsDropped: Int = 0
    ) {
        self.change = change
        self.entitiesAdded = entitiesAdded
        self.entitiesMerged = entitiesMerged
        self.relationsAdded = relationsAdded
        self.evidenceAdded = evidenceAdded
        self.relationsDropped = relationsDropped
    }
}
