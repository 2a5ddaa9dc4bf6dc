/// A store that answers pattern queries (docs/query-language.md): the SQLite store and the PostgreSQL store, each
/// with one statement compiled for it (``QueryDialect``), with the same answers.
public protocol PatternQuerying {
    /// The answer to `query`, read with one statement.
    /// - Throws: ``PatternQueryError`` when the query cannot be compiled; the store's error when it cannot be read.
    func query(_ query: PatternQuery) throws -> QueryResult
    /// The statement and parameters that answer `query` (`mekong query --explain`).
    func compile(_ query: PatternQuery) throws -> CompiledQuery
    /// The database's plan for that statement, one step a line.
    func queryPlan(_ query: PatternQuery) throws -> [String]
}

extension GraphStore: PatternQuerying {}
