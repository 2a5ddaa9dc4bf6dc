import MekongKit

/// The addresses of the app's pages, built in one place so that every link is percent-encoded the same way.
enum Paths {
    /// An entity's page.
    static func entity(_ id: String) -> String { "/entity/" + DiagramLinks.encoded(id) }
    /// An entity's ego diagram.
    static func diagram(_ id: String, depth: Int = 1) -> String {
        "/entity/" + DiagramLinks.encoded(id) + "/diagram" + (depth == 1 ? "" : "?depth=\(depth)")
    }
    /// An article's page, at the sentence of a relation when one is given.
    static func article(_ id: String, relation: String? = nil) -> String {
        "/article/" + DiagramLinks.encoded(id) + (relation.map { "#" + DiagramLinks.encoded("r-" + $0) } ?? "")
    }
    /// The links of an ego diagram: a node leads to that entity's own diagram, an edge to its sentence.
    static let diagramLinks = DiagramLinks(entityPrefix: "/entity/", entitySuffix: "/diagram", articlePrefix: "/article/")
}
