import Foundation

/// A pattern query that cannot be read or does not make sense, with the place in the query where it goes wrong.
///
/// ``line`` and ``column`` count from 1; the column counts characters. ``excerpt(of:)`` gives the query's
/// line with a caret under the column, for a terminal.
public struct PatternQueryError: LocalizedError, Sendable, Equatable {
    /// The line of the query where the problem is, from 1.
    public let line: Int
    /// The column (in characters) where the problem is, from 1.
    public let column: Int
    /// What is wrong and what to write instead.
    public let message: String

    /// Creates an error at a line and column of the query.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// "line L, column C: message".
    public var errorDescription: String? { "line \(line), column \(column): \(message)" }

    /// The query's line where the problem is, and under it a caret at the column. Tabs before the column are
    /// kept in the caret's line, so that the caret lines up on a terminal.
    public func excerpt(of query: String) -> String {
        let lines = query.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return "" }
        let text = String(lines[line - 1]).replacingOccurrences(of: "\r", with: "")
        let padding = text.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
        return text + "\n" + padding + "^"
    }
}
