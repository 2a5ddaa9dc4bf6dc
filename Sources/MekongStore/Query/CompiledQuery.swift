/// A pattern query as one SQL statement over the store, with its values apart: nothing from the query is
/// written into the SQL text, every value is a numbered parameter (`?1`, `?2`, … in SQLite; `$1`, `$2`, … in
/// PostgreSQL).
public struct CompiledQuery: Sendable, Equatable {
    /// The SQL statement.
    public let sql: String
    /// The value of each parameter: `?1` (`$1`) is the first.
    public let arguments: [QueryValue]
    /// The names of the answer's columns.
    public let columns: [String]
}
