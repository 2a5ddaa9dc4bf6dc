/// The answer to a pattern query: named columns and rows of values, in the order the query asks for.
public struct QueryResult: Sendable, Equatable {
    /// The column names: RETURN's aliases, else its expressions as written (`p.name`).
    public let columns: [String]
    /// The rows; each has one value per column.
    public let rows: [[QueryValue]]

    /// Creates an answer of these columns and rows.
    public init(columns: [String], rows: [[QueryValue]]) {
        self.columns = columns
        self.rows = rows
    }
}
