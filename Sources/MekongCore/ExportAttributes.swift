import Foundation

/// The attributes the flat export formats (GraphML, GEXF, Neo4j CSV) give each entity and relation, so that
/// the three carry the same values under the same names (`docs/export-format.md`).
///
/// Lists and maps that a flat format cannot hold (aliases, attributes) are compact JSON with sorted keys; of a
/// relation's evidence, the first in the JSON export's order is given (sentence, article, extractor), with the
/// highest confidence and the number of pieces, and `reports`: what each piece says of a post's time (its
/// attributes, in the same order). A nil value is left out (GraphML, GEXF) or empty (CSV).
enum ExportAttributes {
    /// The kind of a value, as each format declares it.
    enum Kind {
        case string, integer, double
    }

    /// One attribute: its name and kind.
    struct Column {
        let name: String
        let kind: Kind
    }

    /// The attributes of an entity, in the order ``values(of:)-(Entity)`` gives them.
    static let entityColumns = [
        Column(name: "type", kind: .string), Column(name: "name", kind: .string),
        Column(name: "aliases", kind: .string), Column(name: "attributes", kind: .string),
        Column(name: "mentions", kind: .integer),
    ]

    /// The values of ``entityColumns`` for `entity`.
    static func values(of entity: Entity) -> [String?] {
        [entity.type.rawValue, entity.name, json(entity.aliases), json(entity.attributes), String(entity.mentions.count)]
    }

    /// The attributes of a relation, in the order ``values(of:)-(Relation)`` gives them.
    static let relationColumns = [
        Column(name: "predicate", kind: .string), Column(name: "title", kind: .string),
        Column(name: "attributes", kind: .string), Column(name: "evidence", kind: .string),
        Column(name: "article", kind: .string), Column(name: "extractor", kind: .string),
        Column(name: "confidence", kind: .double), Column(name: "evidence_count", kind: .integer),
        Column(name: "reports", kind: .string),
    ]

    /// The values of ``relationColumns`` for `relation`.
    static func values(of relation: Relation) -> [String?] {
        let first = relation.evidence.first
        return [
            relation.predicate.rawValue, relation.attributes["title"], json(relation.attributes), first?.text,
            first?.article, first?.extractor, number(relation.confidence), String(relation.evidence.count),
            json(relation.evidence.map(\.attributes)),
        ]
    }

    /// Compact, sorted JSON of a list or map of strings.
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding strings cannot fail.
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? ""
    }

    /// A number as Swift prints it (`0.85`, `1.0`): the same bytes on every run, and a valid `xsd:double`.
    static func number(_ value: Double) -> String { "\(value)" }
}
