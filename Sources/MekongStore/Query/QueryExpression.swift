/// An expression of a pattern query: in WHERE, RETURN, ORDER BY and property maps.
indirect enum QueryExpression: Sendable {
    /// The binary operators, by the text that writes them.
    enum Operator: String, Sendable {
        case and = "AND", or = "OR"
        case equal = "=", notEqual = "<>", less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="
        case contains = "CONTAINS", startsWith = "STARTS WITH", endsWith = "ENDS WITH", `in` = "IN"
    }

    case literal(QueryValue)
    case list([QueryExpression])
    /// A node or relation variable on its own (`p`).
    case variable(String, at: QueryPosition)
    /// A property of a variable (`p.name`, `r.title`).
    case property(String, key: String, at: QueryPosition)
    /// A function call: `count(x)`, `count(DISTINCT x)`, `fold(x)`, `type(r)`.
    case call(String, arguments: [QueryExpression], distinct: Bool, at: QueryPosition)
    /// `count(*)`.
    case countAll(at: QueryPosition)
    case not(QueryExpression)
    case negate(QueryExpression)
    case binary(Operator, QueryExpression, QueryExpression)
    case isNull(QueryExpression, negated: Bool)

    /// The expression written out again in one canonical way: the default name of a RETURN column, and how two
    /// expressions are found to be the same (ORDER BY an expression that is returned).
    var text: String {
        switch self {
        case .literal(let value):
            switch value {
            case .text(let text): return "'" + text.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "'", with: "\\'") + "'"
            default: return value.description
            }
        case .list(let items): return "[" + items.map(\.text).joined(separator: ", ") + "]"
        case .variable(let name, _): return name
        case .property(let name, let key, _): return "\(name).\(key)"
        case .call(let name, let arguments, let distinct, _):
            return "\(name)(" + (distinct ? "DISTINCT " : "") + arguments.map(\.text).joined(separator: ", ") + ")"
        case .countAll: return "count(*)"
        case .not(let operand): return "NOT \(operand.text)"
        case .negate(let operand): return "-\(operand.text)"
        case .binary(let op, let lhs, let rhs): return "\(lhs.text) \(op.rawValue) \(rhs.text)"
        case .isNull(let operand, let negated): return "\(operand.text) IS \(negated ? "NOT " : "")NULL"
        }
    }

    /// Whether the expression counts (`count(…)`), which makes its RETURN group the rows.
    var isAggregate: Bool {
        switch self {
        case .countAll: true
        case .call(let name, _, _, _): name == "count"
        default: false
        }
    }

    /// The first `count(…)` inside the expression, itself included, with where it is.
    var aggregatePosition: QueryPosition? {
        switch self {
        case .countAll(let at): return at
        case .call(let name, let arguments, _, let at):
            return name == "count" ? at : arguments.lazy.compactMap(\.aggregatePosition).first
        case .list(let items): return items.lazy.compactMap(\.aggregatePosition).first
        case .not(let operand), .negate(let operand), .isNull(let operand, _): return operand.aggregatePosition
        case .binary(_, let lhs, let rhs): return lhs.aggregatePosition ?? rhs.aggregatePosition
        case .literal, .variable, .property: return nil
        }
    }

    /// Every variable the expression names, with where.
    var variables: [(name: String, at: QueryPosition)] {
        switch self {
        case .variable(let name, let at), .property(let name, _, let at): return [(name, at)]
        case .call(_, let arguments, _, _): return arguments.flatMap(\.variables)
        case .list(let items): return items.flatMap(\.variables)
        case .not(let operand), .negate(let operand), .isNull(let operand, _): return operand.variables
        case .binary(_, let lhs, let rhs): return lhs.variables + rhs.variables
        case .literal, .countAll: return []
        }
    }
}
