/// The 400 answer of `GET /api/query` to a query that does not parse or check: the message and where.
struct QueryErrorJSON: Codable, Sendable {
    /// The message, with its line and column.
    var error: String
    /// The line of the query where the problem is, from 1.
    var line: Int
    /// The column, from 1.
    var column: Int
}
