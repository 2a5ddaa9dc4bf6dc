/// `(a)-[r]->(b)<-[s]-(c)`: a node, then relations each followed by a node.
struct PathPattern: Sendable {
    let start: NodePattern
    let steps: [(relation: RelationPattern, node: NodePattern)]

    /// Every node in order, the start included.
    var nodes: [NodePattern] { [start] + steps.map(\.node) }
}
