import MekongKit

/// One relation on one line, as `relations`, `neighbors` and `path` print it: the names of both ends, the
/// predicate and the post's title.
enum RelationLine {
    static func text(_ relation: RelationJSON) -> String {
        let title = relation.title.map { " (\($0))" } ?? ""
        return "\(relation.subject.name) —\(relation.predicate)\(title)→ \(relation.object.name)"
    }
}
