/// A pattern query in Mekong's subset of openCypher, read and checked: `MATCH … [WHERE …] RETURN …`.
///
/// ```
/// MATCH (p:person)-[r:holds_position]->(o)-[:located_in]->(:place {name: "An Giang"})
/// WHERE r.title CONTAINS 'Bí thư'
/// RETURN p.name, r.title, o.name ORDER BY p.name LIMIT 10
/// ```
///
/// ``parse(_:vocabulary:)`` reads and checks the text; ``GraphStore/query(_:)`` compiles it into one SQL
/// statement over the store and runs it. docs/query-language.md describes the language.
public struct PatternQuery: Sendable {
    /// One item of RETURN: an expression and the name of its column.
    struct ReturnItem: Sendable {
        let expression: QueryExpression
        /// The alias (`AS name`), else the expression as written.
        let name: String
        let position: QueryPosition
    }

    /// One key of ORDER BY.
    struct SortKey: Sendable {
        let expression: QueryExpression
        let descending: Bool
        let position: QueryPosition
    }

    /// The query as given.
    public let text: String
    let patterns: [PathPattern]
    let filter: QueryExpression?
    let distinct: Bool
    let items: [ReturnItem]
    let order: [SortKey]
    let skip: Int64?
    let limit: Int64?

    /// The names of the answer's columns, in RETURN order: each item's alias, else the expression (`p.name`).
    public var columns: [String] { items.map(\.name) }

    /// Reads and checks a query.
    ///
    /// - Throws: ``PatternQueryError`` at the line and column of the first problem: a syntax error, a label or
    ///   relation type outside `vocabulary` (the message lists the valid ones), a variable that MATCH does not
    ///   bind, a `count()` where it cannot stand.
    public static func parse(_ text: String, vocabulary: QueryVocabulary = .mekong) throws(PatternQueryError) -> PatternQuery {
        var parser = try QueryParser(text: text)
        let query = try parser.query()
        try QueryChecker(query: query, vocabulary: vocabulary).check()
        return query
    }
}
