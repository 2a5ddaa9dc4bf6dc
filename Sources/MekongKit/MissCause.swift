/// Why `mekong eval` thinks a required gold item was missed, so that the next person sees where recall goes.
public enum MissCause: String, Codable, Sendable, CaseIterable {
    /// An entity: nothing extracted shares a name with it or overlaps its name.
    case entityNotFound = "entity not found"
    /// An entity: an extracted entity of the same type names part of it, or more than it ("Hội Liên hiệp"
    /// for "Hội Liên hiệp phụ nữ tỉnh X"): the name's boundary is wrong.
    case entityBoundary = "name cut or run on"
    /// An entity: found with the same name under another type.
    case entityWrongType = "found as another type"
    /// A relation: its subject or object was never extracted, so no rule could connect them.
    case relationEndpointMissing = "endpoint missing"
    /// A relation: both ends were extracted, and a relation of another predicate connects them.
    case relationOtherPredicate = "other predicate"
    /// A relation: both ends were extracted and nothing connects them: no rule fired.
    case relationNoRule = "no rule fired"

    /// Whether the cause is about relations (the others are about entities).
    public var isRelationCause: Bool {
        switch self {
        case .relationEndpointMissing, .relationOtherPredicate, .relationNoRule: return true
        case .entityNotFound, .entityBoundary, .entityWrongType: return false
        }
    }
}
