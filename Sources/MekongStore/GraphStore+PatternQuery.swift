import GRDB
import MekongCore

extension GraphStore {
    /// Answers a pattern query with one SQL statement over the store (see ``compile(_:)``): only the rows the
    /// query matches are read, never the whole graph.
    ///
    /// - Throws: ``PatternQueryError`` when the query cannot be compiled (too many joins, ORDER BY of what a
    ///   DISTINCT or counting RETURN does not give), ``StoreError`` when the store cannot be read.
    public func query(_ query: PatternQuery) throws -> QueryResult {
        let compiled = try compile(query)
        let rows: [[QueryValue]] = try reading { db in
            Self.addFoldFunction(to: db)
            let cursor = try Row.fetchCursor(db, sql: compiled.sql, arguments: Self.arguments(compiled))
            var rows: [[QueryValue]] = []
            while let row = try cursor.next() {
                rows.append(row.databaseValues.map(Self.value))
            }
            return rows
        }
        return QueryResult(columns: compiled.columns, rows: rows)
    }

    /// The SQL statement and parameters that answer `query` on this store (`mekong query --explain`).
    ///
    /// The statement reads `name_folds` (the name index) to find a node by its name when the store has it.
    /// - Throws: ``PatternQueryError`` or ``StoreError`` as ``query(_:)``.
    public func compile(_ query: PatternQuery) throws -> CompiledQuery {
        let reports = try reading { db in try ReportAttributesMigration.isApplied(db) }
        return try query.compiled(for: .sqlite, usesNameIndex: try hasNameIndex(), readsReportAttributes: reports)
    }

    /// SQLite's plan for the statement of `query` (`EXPLAIN QUERY PLAN`), one step a line, indented by depth:
    /// shows which indexes answer it.
    public func queryPlan(_ query: PatternQuery) throws -> [String] {
        let compiled = try compile(query)
        return try reading { db in
            Self.addFoldFunction(to: db)
            var depth: [Int: Int] = [0: -1]
            var lines: [String] = []
            for row in try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + compiled.sql, arguments: Self.arguments(compiled)) {
                let id: Int = row["id"], parent: Int = row["parent"], detail: String = row["detail"]
                let level = (depth[parent] ?? -1) + 1
                depth[id] = level
                lines.append(String(repeating: "  ", count: level) + detail)
            }
            return lines
        }
    }

    /// `mekong_fold(text)`: ``MekongCore/NameNormalizer/fold(_:)`` in SQL, for `fold()` in a query.
    static let foldFunction = DatabaseFunction("mekong_fold", argumentCount: 1, pure: true) { values in
        switch values[0].storage {
        case .null: return nil
        case .string(let text): return NameNormalizer.fold(text)
        default: return String(describing: values[0]).lowercased()
        }
    }

    private static func addFoldFunction(to db: Database) {
        db.add(function: foldFunction)
    }

    private static func arguments(_ compiled: CompiledQuery) -> StatementArguments {
        StatementArguments(compiled.arguments.map { value -> (any DatabaseValueConvertible)? in
            switch value {
            case .null: nil
            case .text(let text): text
            case .integer(let number): number
            case .real(let number): number
            case .boolean(let flag): flag ? Int64(1) : Int64(0)
            }
        })
    }

    private static func value(_ value: DatabaseValue) -> QueryValue {
        switch value.storage {
        case .null: .null
        case .int64(let number): .integer(number)
        case .double(let number): .real(number)
        case .string(let text): .text(text)
        case .blob(let data): .text(String(decoding: data, as: UTF8.self))
        }
    }
}
