import Foundation

/// Writes the graph as the CSV files of `neo4j-admin database import` (`docs/export-format.md`): a nodes
/// file (`id:ID`, `:LABEL`, then the attributes of ``ExportAttributes``) and a relationships file
/// (`:START_ID`, `:END_ID`, `:TYPE`, `id`, then the attributes); kuzu and other graph databases load them too.
///
/// Every string is quoted (RFC 4180: a quote doubled; line breaks kept inside the quotes, so Neo4j needs
/// `--multiline-fields=true` for them), an unknown value is an empty unquoted field (null). Each entity has
/// the labels `Entity` and its type; each relation the type of its predicate. Articles are not written.
public struct Neo4jCSVWriter: GraphStreamWriter {
    private var nodes: ChunkedOutput
    private var relationships: ChunkedOutput
    private var started = false

    /// A writer that hands the nodes file to `nodes` and the relationships file to `relationships`.
    public init(nodes: @escaping (Data) throws -> Void, relationships: @escaping (Data) throws -> Void) {
        self.nodes = ChunkedOutput(write: nodes)
        self.relationships = ChunkedOutput(write: relationships)
    }

    /// Articles are not part of the Neo4j export.
    public mutating func article(_ record: GraphExport.ArticleRecord) throws {}

    /// Adds an entity as a row of the nodes file.
    public mutating func entity(_ entity: Entity) throws {
        try start()
        let fields = [Self.quoted(entity.id), Self.quoted("Entity;\(entity.type.rawValue)")]
            + Self.fields(ExportAttributes.entityColumns, ExportAttributes.values(of: entity))
        try nodes.append(fields.joined(separator: ",") + "\n")
    }

    /// Adds a relation as a row of the relationships file.
    public mutating func relation(_ relation: Relation) throws {
        try start()
        let fields = [
            Self.quoted(relation.subject), Self.quoted(relation.object), Self.quoted(relation.predicate.rawValue),
            Self.quoted(relation.id),
        ] + Self.fields(ExportAttributes.relationColumns, ExportAttributes.values(of: relation))
        try relationships.append(fields.joined(separator: ",") + "\n")
    }

    /// Flushes both files.
    public mutating func finish() throws {
        try start()
        try nodes.flush()
        try relationships.flush()
    }

    /// The header rows, once.
    private mutating func start() throws {
        guard !started else { return }
        started = true
        try nodes.append((["id:ID", ":LABEL"] + Self.header(ExportAttributes.entityColumns)).joined(separator: ",") + "\n")
        try relationships.append(
            ([":START_ID", ":END_ID", ":TYPE", "id"] + Self.header(ExportAttributes.relationColumns))
                .joined(separator: ",") + "\n")
    }

    private static func header(_ columns: [ExportAttributes.Column]) -> [String] {
        columns.map { column in
            switch column.kind {
            case .string: column.name
            case .integer: "\(column.name):long"
            case .double: "\(column.name):double"
            }
        }
    }

    private static func fields(_ columns: [ExportAttributes.Column], _ values: [String?]) -> [String] {
        zip(columns, values).map { column, value in
            guard let value else { return "" }
            return column.kind == .string ? quoted(value) : value
        }
    }

    /// A CSV field in double quotes, each quote doubled.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
