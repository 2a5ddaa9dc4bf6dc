/// `-[r:holds_position {title: "…"}]->`: a relation of a pattern, or a chain of them (`*1..3`).
struct RelationPattern: Sendable {
    /// Which way the relation must point, from the node written before it to the node written after it.
    enum Direction: Sendable {
        /// `-[]->`: subject before, object after.
        case right
        /// `<-[]-`: object before, subject after.
        case left
        /// `-[]-`: either way.
        case either
    }

    let variable: String?
    /// The predicates allowed (`:a|b`); empty for any.
    let types: [String]
    let typePositions: [QueryPosition]
    let direction: Direction
    /// How many relations the pattern stands for: `1...1` unless written `*min..max`.
    let hops: ClosedRange<Int>
    /// Whether the pattern was written with `*` (then its variable stands for a list of relations).
    let isVariableLength: Bool
    /// `{key: value}` pairs, each to equal the property of every relation the pattern matches.
    let properties: [(key: String, value: QueryExpression, at: QueryPosition)]
    let position: QueryPosition
}
