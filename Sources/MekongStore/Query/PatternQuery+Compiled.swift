extension PatternQuery {
    /// The query as one SQL statement in `dialect` (see ``QueryCompiler``): over the name index when
    /// `usesNameIndex`, reading what reports say of a post's time from the evidence when `readsReportAttributes`
    /// (stores written before those migrations have neither).
    /// - Throws: ``PatternQueryError`` at the place in the query that cannot be compiled.
    public func compiled(for dialect: QueryDialect, usesNameIndex: Bool = true, readsReportAttributes: Bool = true)
        throws(PatternQueryError) -> CompiledQuery
    {
        var compiler = QueryCompiler(
            query: self, usesNameIndex: usesNameIndex, readsReportAttributes: readsReportAttributes, dialect: dialect)
        return try compiler.compile()
    }
}
