/// A name of an entity in the form name search compares.
public struct FoldedName: Sendable, Equatable {
    /// The entity's id.
    public var entity: String
    /// The name's search form.
    public var folded: String

    /// A folded name.
    public init(entity: String, folded: String) {
        self.entity = entity
        self.folded = folded
    }
}
