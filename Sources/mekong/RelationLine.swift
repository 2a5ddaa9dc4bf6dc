import MekongKit

/// One relation on one line, as `relations`, `neighbors` and `path` print it: the names of both ends, the
/// predicate and the post's title.
enum RelationLine {
    static func text(_ relation: RelationJSON) -> String {
        let title = relation.title.map { " (\($0))" } ?? ""
        return "\(relation.subject.name) —\(relation.predicate)\(title)→ \(relation.object.name)"
    }

    /// One sentence that states a relation, indented under it: its article's date and outlet, what this report
    /// says of the post's time (`[status=former]`), then the sentence.
    static func evidence(_ evidence: EvidenceJSON) -> String {
        let date = (evidence.published ?? "(no date)").padding(toLength: 10, withPad: " ", startingAt: 0)
        let report = evidence.attributes.isEmpty ? "" : "[\(attributes(evidence.attributes))]  "
        return "    \(date)  \(evidence.source.map { $0 + "  " } ?? "")\(report)“\(evidence.sentence)”"
    }

    /// Attributes as `key=value, …`, sorted by key.
    static func attributes(_ attributes: [String: String]) -> String {
        attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
    }
}
