/// A place in a pattern query: line and column (in characters), both from 1.
struct QueryPosition: Hashable, Sendable {
    let line: Int
    let column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(_ token: QueryToken) { self.init(line: token.line, column: token.column) }

    func error(_ message: String) -> PatternQueryError { PatternQueryError(line: line, column: column, message: message) }
}
