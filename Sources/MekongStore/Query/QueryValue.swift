import Foundation

/// One value in a pattern query: a literal written in the query, or a cell of its answer.
///
/// Names, titles and other attributes are text; `count()` gives an integer. A property an entity or relation
/// does not have is ``null``.
public enum QueryValue: Hashable, Sendable, CustomStringConvertible {
    /// No value: a missing attribute, or `null` written in the query.
    case null
    /// Text.
    case text(String)
    /// A whole number.
    case integer(Int64)
    /// A number with a fraction.
    case real(Double)
    /// `true` or `false` written in the query (SQLite stores them as 1 and 0).
    case boolean(Bool)

    /// The value as people read it: text as it is, numbers in decimal, `null` for no value.
    public var description: String {
        switch self {
        case .null: "null"
        case .text(let text): text
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .boolean(let value): value ? "true" : "false"
        }
    }

    /// The text of a ``text`` value, else nil.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}
