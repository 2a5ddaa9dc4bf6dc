/// `(p:person {name: "…"})`: a node of a pattern, with its variable, label and property map (all optional).
struct NodePattern: Sendable {
    let variable: String?
    let label: String?
    let labelPosition: QueryPosition?
    /// `{key: value}` pairs, each to equal the node's property.
    let properties: [(key: String, value: QueryExpression, at: QueryPosition)]
    let position: QueryPosition
}
