/// Reads the tokens of a pattern query into a ``PatternQuery`` (recursive descent, one token of look-ahead).
///
/// Grammar (keywords in any case):
/// ```
/// query      = MATCH path {"," path} [WHERE expr] RETURN [DISTINCT] item {"," item}
///              [ORDER BY key {"," key}] [SKIP integer] [LIMIT integer] [";"]
/// path       = node {relation node}
/// node       = "(" [name] [":" label] [map] ")"
/// relation   = ("-" | "<-") ["[" [name] [":" type {"|" [":"] type}] [range] [map] "]"] ("-" | "->")
/// range      = "*" [integer] [".." [integer]]
/// map        = "{" name ":" literal {"," name ":" literal} "}"
/// item       = expr [AS name]          key = expr [ASC | DESC]
/// expr       = or;  or = and {OR and};  and = not {AND not};  not = NOT not | comparison
/// comparison = sum [("=" | "<>" | "<" | ">" | "<=" | ">=" | CONTAINS | STARTS WITH | ENDS WITH | IN) sum
///              | IS [NOT] NULL]
/// sum        = ["-"] atom
/// atom       = literal | "[" [expr {"," expr}] "]" | name ["." name] | name "(" [DISTINCT] (expr | "*") ")"
///              | "(" expr ")"
/// ```
struct QueryParser {
    /// The longest variable-length relation accepted (`*1..5`): each length is one more join.
    static let maximumHops = 5

    private let text: String
    private let tokens: [QueryToken]
    private var index = 0

    init(text: String) throws(PatternQueryError) {
        self.text = text
        tokens = try QueryLexer.tokens(of: text)
    }

    private var current: QueryToken { tokens[index] }
    private var position: QueryPosition { QueryPosition(current) }
    private mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    private func unexpected(_ expected: String) -> PatternQueryError {
        position.error("Expected \(expected), found \(current.quoted).")
    }

    private mutating func expect(_ symbol: String, _ what: String? = nil) throws(PatternQueryError) {
        guard current.isSymbol(symbol) else { throw unexpected(what ?? "'\(symbol)'") }
        advance()
    }

    private mutating func expectKeyword(_ word: String) throws(PatternQueryError) {
        guard current.isKeyword(word) else { throw unexpected(word) }
        advance()
    }

    private mutating func acceptKeyword(_ word: String) -> Bool {
        guard current.isKeyword(word) else { return false }
        advance()
        return true
    }

    private mutating func acceptSymbol(_ symbol: String) -> Bool {
        guard current.isSymbol(symbol) else { return false }
        advance()
        return true
    }

    /// Words that cannot name a variable, label or property without backquotes.
    static let reserved: Set<String> = [
        "MATCH", "WHERE", "RETURN", "DISTINCT", "ORDER", "BY", "ASC", "ASCENDING", "DESC", "DESCENDING", "SKIP",
        "LIMIT", "AND", "OR", "NOT", "CONTAINS", "STARTS", "ENDS", "WITH", "IN", "IS", "NULL", "TRUE", "FALSE", "AS",
    ]

    /// A name (a variable, a label, a property), plain or backquoted.
    private mutating func name(_ what: String) throws(PatternQueryError) -> String {
        switch current.kind {
        case .name(let name) where !Self.reserved.contains(name.uppercased()):
            advance()
            return name
        case .quotedName(let name):
            advance()
            return name
        default:
            throw unexpected(what)
        }
    }

    private var atName: Bool {
        switch current.kind {
        case .name(let name): !Self.reserved.contains(name.uppercased())
        case .quotedName: true
        default: false
        }
    }

    /// A label or type: a name, or a namespaced one (`acme.product`).
    private mutating func qualifiedName(_ what: String) throws(PatternQueryError) -> String {
        var name = try self.name(what)
        while current.isSymbol(".") {
            advance()
            name += "." + (try self.name(what))
        }
        return name
    }

    mutating func query() throws(PatternQueryError) -> PatternQuery {
        try expectKeyword("MATCH")
        var patterns = [try path()]
        while acceptSymbol(",") { patterns.append(try path()) }
        let filter: QueryExpression? = acceptKeyword("WHERE") ? try expression() : nil
        guard current.isKeyword("RETURN") else {
            throw unexpected(filter == nil ? "WHERE, RETURN or ',' and another pattern" : "RETURN")
        }
        advance()
        let distinct = acceptKeyword("DISTINCT")
        var items = [try returnItem()]
        while acceptSymbol(",") { items.append(try returnItem()) }
        var order: [PatternQuery.SortKey] = []
        if acceptKeyword("ORDER") {
            try expectKeyword("BY")
            repeat {
                let at = position
                let expression = try expression()
                var descending = false
                if acceptKeyword("DESC") || acceptKeyword("DESCENDING") {
                    descending = true
                } else if !acceptKeyword("ASC") {
                    _ = acceptKeyword("ASCENDING")
                }
                order.append(PatternQuery.SortKey(expression: expression, descending: descending, position: at))
            } while acceptSymbol(",")
        }
        let skip = acceptKeyword("SKIP") ? try count("SKIP") : nil
        let limit = acceptKeyword("LIMIT") ? try count("LIMIT") : nil
        _ = acceptSymbol(";")
        guard current.kind == .end else {
            throw unexpected(limit != nil ? "the end of the query" : skip != nil ? "LIMIT or the end of the query"
                : order.isEmpty ? "',', ORDER BY, SKIP, LIMIT or the end of the query" : "',', SKIP, LIMIT or the end of the query")
        }
        return PatternQuery(
            text: text, patterns: patterns, filter: filter, distinct: distinct, items: items, order: order, skip: skip,
            limit: limit)
    }

    private mutating func count(_ keyword: String) throws(PatternQueryError) -> Int64 {
        guard case .integer(let value) = current.kind else { throw unexpected("a whole number after \(keyword)") }
        advance()
        return value
    }

    private mutating func returnItem() throws(PatternQueryError) -> PatternQuery.ReturnItem {
        let at = position
        let expression = try expression()
        let name = acceptKeyword("AS") ? try self.name("a name after AS") : expression.text
        return PatternQuery.ReturnItem(expression: expression, name: name, position: at)
    }

    // MARK: Patterns

    private mutating func path() throws(PatternQueryError) -> PathPattern {
        let start = try node()
        var steps: [(relation: RelationPattern, node: NodePattern)] = []
        while current.isSymbol("-") || current.isSymbol("<") {
            let relation = try relation()
            steps.append((relation, try node()))
        }
        return PathPattern(start: start, steps: steps)
    }

    private mutating func node() throws(PatternQueryError) -> NodePattern {
        let at = position
        try expect("(", "'(' to start a node")
        let variable = atName ? try name("a variable") : nil
        var label: String?
        var labelPosition: QueryPosition?
        if acceptSymbol(":") {
            labelPosition = position
            label = try qualifiedName("a label after ':'")
            if current.isSymbol(":") {
                throw position.error("A node has one label (an entity has one type); write one of them.")
            }
        }
        let properties = current.isSymbol("{") ? try map() : []
        try expect(")", "')' to close the node")
        return NodePattern(variable: variable, label: label, labelPosition: labelPosition, properties: properties, position: at)
    }

    private mutating func relation() throws(PatternQueryError) -> RelationPattern {
        let at = position
        let pointsLeft = acceptSymbol("<")
        try expect("-", pointsLeft ? "'-' after '<'" : "'-'")
        var variable: String?
        var types: [String] = []
        var typePositions: [QueryPosition] = []
        var hops = 1...1
        var isVariableLength = false
        var properties: [(key: String, value: QueryExpression, at: QueryPosition)] = []
        if acceptSymbol("[") {
            variable = atName ? try name("a variable") : nil
            if acceptSymbol(":") {
                repeat {
                    _ = acceptSymbol(":")
                    typePositions.append(position)
                    types.append(try qualifiedName("a relation type"))
                } while acceptSymbol("|")
            }
            if current.isSymbol("*") {
                isVariableLength = true
                hops = try range()
            }
            if current.isSymbol("{") { properties = try map() }
            try expect("]", "']' to close the relation")
        }
        try expect("-", "'-' to end the relation")
        let pointsRight = acceptSymbol(">")
        if pointsLeft && pointsRight {
            throw at.error("A relation points one way: write <-[…]- or -[…]->, or -[…]- for either way.")
        }
        return RelationPattern(
            variable: variable, types: types, typePositions: typePositions,
            direction: pointsLeft ? .left : pointsRight ? .right : .either, hops: hops,
            isVariableLength: isVariableLength, properties: properties, position: at)
    }

    /// `*`, `*n`, `*n..`, `*..m`, `*n..m`: a missing lower bound is 1; the upper bound must be given (or `*n`).
    private mutating func range() throws(PatternQueryError) -> ClosedRange<Int> {
        let star = position
        try expect("*")
        var lower: Int64 = 1
        var upper: Int64?
        if case .integer(let value) = current.kind {
            lower = value
            upper = value
            advance()
        }
        if acceptSymbol("..") {
            upper = nil
            if case .integer(let value) = current.kind {
                upper = value
                advance()
            }
        }
        guard let upper else {
            throw star.error("Give the longest chain to follow, e.g. *1..3 (at most \(Self.maximumHops)).")
        }
        guard lower >= 1 else { throw star.error("A chain has at least one relation: write *1..\(upper).") }
        guard lower <= upper else { throw star.error("The range *\(lower)..\(upper) is empty: write the smaller bound first.") }
        guard upper <= Self.maximumHops else {
            throw star.error("At most \(Self.maximumHops) relations in a chain (*1..\(Self.maximumHops)); \(upper) asked.")
        }
        return Int(lower)...Int(upper)
    }

    private mutating func map() throws(PatternQueryError) -> [(key: String, value: QueryExpression, at: QueryPosition)] {
        try expect("{")
        var pairs: [(key: String, value: QueryExpression, at: QueryPosition)] = []
        if acceptSymbol("}") { return pairs }
        repeat {
            let at = position
            let key = try name("a property name")
            try expect(":", "':' after the property name")
            let valueAt = position
            let value = try atom()
            guard case .literal = value else {
                throw valueAt.error("A property map holds values (a string, a number, true or false); compare with variables in WHERE.")
            }
            pairs.append((key, value, at))
        } while acceptSymbol(",")
        try expect("}", "',' or '}' to close the property map")
        return pairs
    }

    // MARK: Expressions

    mutating func expression() throws(PatternQueryError) -> QueryExpression {
        var lhs = try conjunction()
        while acceptKeyword("OR") { lhs = .binary(.or, lhs, try conjunction()) }
        return lhs
    }

    private mutating func conjunction() throws(PatternQueryError) -> QueryExpression {
        var lhs = try negation()
        while acceptKeyword("AND") { lhs = .binary(.and, lhs, try negation()) }
        return lhs
    }

    private mutating func negation() throws(PatternQueryError) -> QueryExpression {
        if acceptKeyword("NOT") { return .not(try negation()) }
        return try comparison()
    }

    private mutating func comparison() throws(PatternQueryError) -> QueryExpression {
        let lhs = try signed()
        let symbols: [String: QueryExpression.Operator] = [
            "=": .equal, "<>": .notEqual, "<": .less, ">": .greater, "<=": .lessOrEqual, ">=": .greaterOrEqual,
        ]
        if case .symbol(let symbol) = current.kind, let op = symbols[symbol] {
            advance()
            return .binary(op, lhs, try signed())
        }
        if acceptKeyword("CONTAINS") { return .binary(.contains, lhs, try signed()) }
        if acceptKeyword("STARTS") {
            try expectKeyword("WITH")
            return .binary(.startsWith, lhs, try signed())
        }
        if acceptKeyword("ENDS") {
            try expectKeyword("WITH")
            return .binary(.endsWith, lhs, try signed())
        }
        if acceptKeyword("IN") {
            let at = position
            let rhs = try signed()
            switch rhs {
            case .list, .property(_, "aliases", _): return .binary(.in, lhs, rhs)
            default: throw at.error("IN takes a list, e.g. o.name IN ['An Giang', 'Hà Nội'], or an entity's aliases (o.aliases).")
            }
        }
        if acceptKeyword("IS") {
            let negated = acceptKeyword("NOT")
            try expectKeyword("NULL")
            return .isNull(lhs, negated: negated)
        }
        return lhs
    }

    private mutating func signed() throws(PatternQueryError) -> QueryExpression {
        if acceptSymbol("-") {
            let operand = try atom()
            switch operand {
            case .literal(.integer(let value)): return .literal(.integer(-value))
            case .literal(.real(let value)): return .literal(.real(-value))
            default: return .negate(operand)
            }
        }
        return try atom()
    }

    private mutating func atom() throws(PatternQueryError) -> QueryExpression {
        let at = position
        switch current.kind {
        case .string(let text):
            advance()
            return .literal(.text(text))
        case .integer(let value):
            advance()
            return .literal(.integer(value))
        case .real(let value):
            advance()
            return .literal(.real(value))
        case .symbol("("):
            advance()
            let inner = try expression()
            try expect(")", "')' to close the parenthesis")
            return inner
        case .symbol("["):
            advance()
            var items: [QueryExpression] = []
            if !acceptSymbol("]") {
                repeat { items.append(try expression()) } while acceptSymbol(",")
                try expect("]", "',' or ']' to close the list")
            }
            return .list(items)
        case .name(let word) where ["TRUE", "FALSE", "NULL"].contains(word.uppercased()):
            advance()
            switch word.uppercased() {
            case "TRUE": return .literal(.boolean(true))
            case "FALSE": return .literal(.boolean(false))
            default: return .literal(.null)
            }
        default:
            break
        }
        guard atName else { throw unexpected("a value, a variable or a function") }
        let name = try self.name("a variable")
        if acceptSymbol("(") {
            let function = name.lowercased()
            if function == "count", acceptSymbol("*") {
                try expect(")", "')' after count(*")
                return .countAll(at: at)
            }
            let distinct = acceptKeyword("DISTINCT")
            var arguments: [QueryExpression] = []
            if !acceptSymbol(")") {
                repeat { arguments.append(try expression()) } while acceptSymbol(",")
                try expect(")", "',' or ')' to close the call")
            }
            return .call(function, arguments: arguments, distinct: distinct, at: at)
        }
        if acceptSymbol(".") {
            return .property(name, key: try self.name("a property name after '.'"), at: at)
        }
        return .variable(name, at: at)
    }
}
