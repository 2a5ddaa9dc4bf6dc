/// The SQL a pattern query is compiled into: SQLite's (``GraphStore``) or PostgreSQL's (the PostgreSQL store). Both
/// statements read the same tables and give the same answer; they differ in how they write parameters, attribute
/// look-ups, functions and the order of nulls.
public enum QueryDialect: Sendable {
    /// SQLite: `?1` parameters, `json_extract`, the name index `name_folds`, `mekong_fold` registered by the store.
    case sqlite
    /// PostgreSQL: `$1` parameters, `->>` on `jsonb`, search forms in `entity_names.folded`, `mekong_fold` a
    /// function of the schema; text compared and sorted in the "C" collation, nulls sorted as SQLite sorts them.
    case postgres

    /// The `number`th parameter (from 1), as the statement writes it.
    public func parameter(_ number: Int) -> String {
        switch self {
        case .sqlite: "?\(number)"
        case .postgres: "$\(number)"
        }
    }

    /// The text attribute of a row's `attributes` whose key or path `key` (a parameter, see ``attributeKey(_:)``).
    func attribute(_ column: String, _ key: String) -> String {
        switch self {
        case .sqlite: "json_extract(\(column), \(key))"
        case .postgres: "((\(column) ->> \(key)::text) COLLATE \"C\")"
        }
    }

    /// The value bound for an attribute's key in ``attribute(_:_:)``: a JSON path in SQLite, the key itself in
    /// PostgreSQL.
    func attributeKey(_ key: String) -> String {
        switch self {
        case .sqlite: "$.\"\(key)\""
        case .postgres: key
        }
    }

    /// `LIMIT` without a limit (before an `OFFSET`).
    var unlimited: String {
        switch self {
        case .sqlite: "LIMIT -1"
        case .postgres: "LIMIT ALL"
        }
    }

    /// The alias a subquery in FROM needs (PostgreSQL requires one).
    var subqueryAlias: String {
        switch self {
        case .sqlite: ""
        case .postgres: " AS matches"
        }
    }

    /// The column that tells two `relations` rows apart.
    var relationIdentity: String {
        switch self {
        case .sqlite: "rowid"
        case .postgres: "id"
        }
    }

    /// The mark that keeps SQLite's planner from starting at an index (unary `+`); nothing in PostgreSQL, whose
    /// planner has statistics.
    var noIndexMark: String {
        switch self {
        case .sqlite: "+"
        case .postgres: ""
        }
    }

    /// A condition that is never true.
    var never: String {
        switch self {
        case .sqlite: "0"
        case .postgres: "false"
        }
    }

    /// The ids of the entities that have a name of this search form (a parameter).
    func entitiesNamed(folded parameter: String) -> String {
        switch self {
        case .sqlite: "SELECT entity_id FROM name_folds WHERE folded = \(parameter)"
        case .postgres: "SELECT entity_id FROM entity_names WHERE folded = \(parameter)"
        }
    }

    /// Whether `needle` occurs in `text`.
    func contains(_ text: String, _ needle: String) -> String {
        switch self {
        case .sqlite: "(instr(\(text), \(needle)) > 0)"
        case .postgres: "(strpos(\(text), \(needle)) > 0)"
        }
    }

    /// A JSON array of these values (a list written in a RETURN).
    func array(_ items: [String]) -> String {
        switch self {
        case .sqlite: "json_array(" + items.joined(separator: ", ") + ")"
        // As SQLite writes it: no space after a comma.
        case .postgres:
            "('[' || concat_ws(',', "
                + items.map { $0 == "NULL" ? "'null'" : "coalesce(to_json(\($0))::text, 'null')" }
                .joined(separator: ", ") + ") || ']')"
        }
    }

    /// A sort key's direction, with nulls where SQLite puts them (first going up, last going down).
    func direction(descending: Bool) -> String {
        switch self {
        case .sqlite: descending ? " DESC" : ""
        case .postgres: descending ? " DESC NULLS LAST" : " NULLS FIRST"
        }
    }
}
