import MekongCore
import MekongStore
import PostgresNIO

extension PostgresGraphStore: PatternQuerying {
    /// Answers a pattern query with one statement compiled for PostgreSQL (``MekongStore/QueryDialect/postgres``),
    /// inside one read-only snapshot: the answer the SQLite store gives for the same graph, with its values (a
    /// comparison gives 1 or 0, as in SQLite).
    /// - Throws: ``MekongStore/PatternQueryError`` when the query cannot be compiled, ``PostgresStoreError`` when the
    ///   statement fails (a comparison of text with a number, which SQLite allows, is refused by PostgreSQL).
    public func query(_ query: PatternQuery) throws -> QueryResult {
        try self.query(query, timeout: nil)
    }

    /// ``query(_:)``, given up after `timeout` seconds when one is given (``PostgresStoreError/queryTimedOut(_:seconds:)``).
    public func query(_ query: PatternQuery, timeout: Int?) throws -> QueryResult {
        let compiled = try compile(query)
        let rows = try reading { _ in
            if let timeout { try runScript("SET LOCAL statement_timeout = \(timeout * 1000)", "limiting the query's time") }
            return try answer(statement(compiled), timeout: timeout)
        }
        return QueryResult(columns: compiled.columns, rows: try rows.map { row in
            try row.map { cell throws(PostgresStoreError) in try value(cell) }
        })
    }

    /// The statement and parameters that answer `query` here: search forms are read from `entity_names`, and
    /// `fold()` is the schema's `mekong_fold`.
    public func compile(_ query: PatternQuery) throws -> CompiledQuery {
        try query.compiled(for: .postgres)
    }

    /// PostgreSQL's plan for the statement (`EXPLAIN`), one line a step.
    public func queryPlan(_ query: PatternQuery) throws -> [String] {
        let compiled = try compile(query)
        var explained = statement(compiled)
        explained.sql = "EXPLAIN " + explained.sql
        return try reading { _ in try run(explained, "explaining the query") }.map { try $0.decode(String.self) }
    }

    /// The rows of the query's statement. PostgreSQL refuses some statements SQLite runs (text compared with a
    /// number): that is said as a mistake in the query, not a failure of the store.
    private func answer(_ statement: PostgresQuery, timeout: Int?) throws(PostgresStoreError) -> [PostgresRow] {
        do {
            return try connection.query(statement, logger: logger).wait().rows
        } catch {
            let state = (error as? PSQLError)?.serverInfo?[.sqlState] ?? ""
            if state.hasPrefix("42") { throw .refusedQuery(location, reason: Self.describe(error)) }
            if state == "57014", let timeout { throw .queryTimedOut(location, seconds: timeout) }
            throw Self.translate(error, location: location, doing: "answering the query")
        }
    }

    /// The compiled statement with its parameters bound.
    private func statement(_ compiled: CompiledQuery) -> PostgresQuery {
        var binds = PostgresBindings()
        for argument in compiled.arguments {
            switch argument {
            case .null: binds.append(String?.none)
            case .text(let text): binds.append(text)
            case .integer(let number): binds.append(Int(number))
            case .real(let number): binds.append(number)
            // As SQLite stores them.
            case .boolean(let flag): binds.append(flag ? 1 : 0)
            }
        }
        return PostgresQuery(unsafeSQL: compiled.sql, binds: binds)
    }

    /// A cell of the answer as the SQLite store gives it.
    private func value(_ cell: PostgresCell) throws(PostgresStoreError) -> QueryValue {
        guard cell.bytes != nil else { return .null }
        do {
            switch cell.dataType {
            case .int2, .int4, .int8: return .integer(Int64(try cell.decode(Int.self)))
            case .float4, .float8: return .real(try cell.decode(Double.self))
            case .numeric: return .real(Double(try cell.decode(String.self)) ?? .nan)
            case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
            default: return .text(try cell.decode(String.self))
            }
        } catch {
            throw .failed(location, doing: "reading the answer", reason: Self.describe(error))
        }
    }
}
