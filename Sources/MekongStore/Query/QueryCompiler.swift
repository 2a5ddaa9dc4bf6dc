import MekongCore

/// Compiles a checked ``PatternQuery`` into one SQL statement over the store's tables (`entities`,
/// `relations`, and `name_folds` when the store has the name index).
///
/// Each node is an `entities` row (joined only when the query looks at it: a label, a property, a variable
/// used in WHERE or RETURN, or a node that stands alone) and each relation a `relations` row, joined on
/// `subject` and `object`. A relation written `*1..3`, or without a direction, has several shapes (1, 2 or 3
/// relations; either way round): the statement is the `UNION ALL` of one join per combination of shapes, so
/// every join can use the indexes on `relations(subject)` and `relations(object)`. As in openCypher, one
/// relation appears at most once in a match (no relation is walked twice, so cycles cannot repeat).
struct QueryCompiler {
    /// The most joins one query may unroll into (each combination of chain lengths and directions is one).
    static let maximumBranches = 256

    let query: PatternQuery
    /// Whether `name_folds` exists: then a name compared with a constant is looked up through its index.
    let usesNameIndex: Bool
    /// Whether evidence rows carry the reports' attributes (migration v8); false in a store written before it,
    /// whose relations still carry them.
    let readsReportAttributes: Bool
    /// The SQL written.
    let dialect: QueryDialect

    /// One node of the MATCH: a named one (every occurrence of its variable) or one anonymous occurrence.
    private struct Node {
        var variable: String?
        var labels: [(String, QueryPosition)] = []
        var properties: [(key: String, value: QueryExpression, at: QueryPosition)] = []
        var needsTable = false
    }

    /// One relation pattern of the MATCH, between two nodes (indexes into `nodes`).
    private struct Link {
        let pattern: RelationPattern
        let from: Int
        let to: Int
    }

    /// One way a relation pattern can be matched: the direction of each of its relations (true: forward).
    private typealias Shape = [Bool]

    private var parameters: [QueryValue] = []

    init(query: PatternQuery, usesNameIndex: Bool, readsReportAttributes: Bool = false, dialect: QueryDialect = .sqlite) {
        self.query = query
        self.usesNameIndex = usesNameIndex
        self.readsReportAttributes = readsReportAttributes
        self.dialect = dialect
    }

    /// The statement, or an error at the place in the query that cannot be compiled.
    mutating func compile() throws(PatternQueryError) -> CompiledQuery {
        // Nodes and links.
        var nodes: [Node] = []
        var nodeOfVariable: [String: Int] = [:]
        var links: [Link] = []
        func add(_ pattern: NodePattern) -> Int {
            let index: Int
            if let name = pattern.variable, let known = nodeOfVariable[name] {
                index = known
            } else {
                index = nodes.count
                nodes.append(Node(variable: pattern.variable))
                if let name = pattern.variable { nodeOfVariable[name] = index }
            }
            if let label = pattern.label, let at = pattern.labelPosition { nodes[index].labels.append((label, at)) }
            nodes[index].properties += pattern.properties
            return index
        }
        var linked: Set<Int> = []
        for path in query.patterns {
            var previous = add(path.start)
            for (relation, node) in path.steps {
                let next = add(node)
                links.append(Link(pattern: relation, from: previous, to: next))
                linked.formUnion([previous, next])
                previous = next
            }
        }
        var referenced: Set<String> = []
        for expression in [query.filter].compactMap({ $0 }) + query.items.map(\.expression) + query.order.map(\.expression) {
            referenced.formUnion(expression.variables.map(\.name))
        }
        for index in nodes.indices {
            let node = nodes[index]
            nodes[index].needsTable = !node.labels.isEmpty || !node.properties.isEmpty || !linked.contains(index)
                || node.variable.map(referenced.contains) == true
        }

        // Every combination of the links' shapes.
        var combinations: [[Shape]] = [[]]
        for link in links {
            var shapes: [Shape] = []
            for length in link.pattern.hops {
                switch link.pattern.direction {
                case .right: shapes.append(Array(repeating: true, count: length))
                case .left: shapes.append(Array(repeating: false, count: length))
                case .either:
                    for bits in 0..<(1 << length) { shapes.append((0..<length).map { bits & (1 << $0) == 0 }) }
                }
            }
            guard combinations.count * shapes.count <= Self.maximumBranches else {
                throw link.pattern.position.error(
                    "This pattern unrolls into more than \(Self.maximumBranches) joins (every length of a chain and "
                        + "both ways of a relation without an arrow): give directions or shorter chains.")
            }
            combinations = combinations.flatMap { prefix in shapes.map { prefix + [$0] } }
        }

        let plan = try OutputPlan(query: query, dialect: dialect)
        var branches: [String] = []
        for shapes in combinations {
            branches.append(try branch(nodes: nodes, links: links, shapes: shapes, plan: plan))
        }
        var sql = "SELECT " + (query.distinct ? "DISTINCT " : "") + plan.outerColumns.joined(separator: ", ")
            + " FROM (\n" + branches.joined(separator: "\nUNION ALL\n") + "\n)" + dialect.subqueryAlias
        if !plan.grouping.isEmpty && plan.aggregates { sql += " GROUP BY " + plan.grouping.joined(separator: ", ") }
        if !plan.ordering.isEmpty { sql += " ORDER BY " + plan.ordering.joined(separator: ", ") }
        if let limit = query.limit {
            sql += " LIMIT " + bind(.integer(limit))
        } else if query.skip != nil {
            sql += " " + dialect.unlimited
        }
        if let skip = query.skip { sql += " OFFSET " + bind(.integer(skip)) }
        return CompiledQuery(sql: sql, arguments: parameters, columns: query.columns)
    }

    // MARK: Output

    /// What each branch selects and what the outer statement does with it.
    private struct OutputPlan {
        /// For each branch column: its name, the expression it computes, and whether as a RETURN column (a bare
        /// node gives its name) or as the argument of a count (a bare node is its id).
        var branchColumns: [(name: String, expression: QueryExpression, returned: Bool)] = []
        var outerColumns: [String] = []
        var grouping: [String] = []
        var ordering: [String] = []
        var aggregates = false

        init(query: PatternQuery, dialect: QueryDialect) throws(PatternQueryError) {
            aggregates = query.items.contains { $0.expression.isAggregate }
            for (index, item) in query.items.enumerated() {
                let column = "k\(index)"
                switch item.expression {
                case .countAll:
                    outerColumns.append("count(*)")
                case .call("count", let arguments, let distinct, _):
                    branchColumns.append((column, arguments[0], false))
                    outerColumns.append("count(" + (distinct ? "DISTINCT " : "") + column + ")")
                default:
                    branchColumns.append((column, item.expression, true))
                    outerColumns.append(column)
                    grouping.append(column)
                }
            }
            for (index, key) in query.order.enumerated() {
                let direction = dialect.direction(descending: key.descending)
                if let item = QueryCompiler.returnItem(matching: key.expression, in: query) {
                    ordering.append("\(item + 1)" + direction)
                    continue
                }
                guard !query.distinct, !aggregates, !key.expression.isAggregate else {
                    throw key.position.error(
                        "With DISTINCT or count(), ORDER BY sorts by what RETURN gives: use one of its columns ("
                            + query.columns.joined(separator: ", ") + ").")
                }
                branchColumns.append(("s\(index)", key.expression, true))
                ordering.append("s\(index)" + direction)
            }
        }
    }

    /// The RETURN item a sort key names: by its alias, or as the same expression.
    static func returnItem(matching expression: QueryExpression, in query: PatternQuery) -> Int? {
        if case .variable(let name, _) = expression, let index = query.items.firstIndex(where: { $0.name == name }) {
            return index
        }
        return query.items.firstIndex { $0.expression.text == expression.text }
    }

    // MARK: One join

    /// How the expressions of one branch name things.
    private struct Scope {
        /// The SQL alias of each node's `entities` row (only nodes that have one).
        var nodeTable: [Int: String] = [:]
        /// The SQL expression of each node's id.
        var nodeID: [Int: String] = [:]
        var nodeOfVariable: [String: Int] = [:]
        /// The SQL alias of each single relation's row, by variable.
        var relationOfVariable: [String: String] = [:]
    }

    private mutating func branch(nodes: [Node], links: [Link], shapes: [Shape], plan: OutputPlan) throws(PatternQueryError) -> String {
        var scope = Scope()
        var tables: [String] = []
        var conditions: [String] = []
        for (index, node) in nodes.enumerated() {
            if let name = node.variable { scope.nodeOfVariable[name] = index }
            guard node.needsTable else { continue }
            let alias = "n\(index)"
            tables.append("entities AS \(alias)")
            scope.nodeTable[index] = alias
            scope.nodeID[index] = "\(alias).id"
        }
        // An end of a relation at a node: a join condition when the node is bound already, else it binds the node.
        func meet(_ node: Int, _ column: String) {
            if let id = scope.nodeID[node] { conditions.append("\(column) = \(id)") } else { scope.nodeID[node] = column }
        }
        var hops: [(alias: String, types: [String])] = []
        // A node named by its name or id is where the join should start: the name index finds it, and the
        // relations follow from it. SQLite, without statistics, would rather start from every relation of the
        // predicate (`relations_by_predicate`), thousands of rows where a hub is involved; `+` keeps the
        // predicate test from being used as the start then. Without a named node that index is the best start.
        let anchored = nodes.contains { node in node.properties.contains { $0.key == "name" || $0.key == "id" } }
        let predicateMark = anchored ? dialect.noIndexMark : ""
        for (linkIndex, (link, shape)) in zip(links, shapes).enumerated() {
            // The end of the chain's previous relation, where the next one starts.
            var previousEnd = ""
            for (hop, forward) in shape.enumerated() {
                let alias = "r\(linkIndex)_\(hop)"
                tables.append("relations AS \(alias)")
                let (near, far) = forward ? ("\(alias).subject", "\(alias).object") : ("\(alias).object", "\(alias).subject")
                if hop == 0 { meet(link.from, near) } else { conditions.append("\(near) = \(previousEnd)") }
                if hop == shape.count - 1 { meet(link.to, far) } else { previousEnd = far }
                if link.pattern.direction == .either && !forward {
                    // A relation from a node to itself matches once, not once each way.
                    conditions.append("\(alias).subject <> \(alias).object")
                }
                if !link.pattern.types.isEmpty {
                    conditions.append("\(predicateMark)\(alias).predicate IN (" + link.pattern.types.map { bind(.text($0)) }.joined(separator: ", ") + ")")
                }
                for pair in link.pattern.properties {
                    conditions.append(try equality(relationProperty(alias, pair.key, at: pair.at), pair.value, nodeName: nil))
                }
                hops.append((alias, link.pattern.types))
            }
            if !link.pattern.isVariableLength, let name = link.pattern.variable { scope.relationOfVariable[name] = "r\(linkIndex)_0" }
        }
        // No relation twice in one match.
        for (first, a) in hops.enumerated() {
            for b in hops[(first + 1)...] where a.types.isEmpty || b.types.isEmpty || !Set(a.types).isDisjoint(with: b.types) {
                conditions.append("\(a.alias).\(dialect.relationIdentity) <> \(b.alias).\(dialect.relationIdentity)")
            }
        }
        for (index, node) in nodes.enumerated() {
            guard let alias = scope.nodeTable[index] else { continue }
            for (label, _) in node.labels {
                // `+` keeps SQLite from starting at every entity of the type when the pattern has a better start.
                conditions.append("\(dialect.noIndexMark)\(alias).type = " + bind(.text(label)))
            }
            for pair in node.properties {
                let column = try nodeProperty(alias, pair.key, at: pair.at)
                conditions.append(try equality(column, pair.value, nodeName: pair.key == "name" ? alias : nil))
            }
        }
        if let filter = query.filter { conditions.append(try sql(filter, scope, returning: false)) }
        var columns: [String] = []
        for column in plan.branchColumns {
            columns.append(try sql(column.expression, scope, returning: column.returned) + " AS " + column.name)
        }
        if columns.isEmpty { columns = ["1"] }
        var statement = "SELECT " + columns.joined(separator: ", ") + " FROM " + tables.joined(separator: ", ")
        if !conditions.isEmpty { statement += " WHERE " + conditions.joined(separator: " AND ") }
        return statement
    }

    // MARK: Expressions

    private mutating func bind(_ value: QueryValue) -> String {
        parameters.append(value)
        return dialect.parameter(parameters.count)
    }

    private mutating func nodeProperty(_ alias: String, _ key: String, at: QueryPosition) throws(PatternQueryError) -> String {
        switch key {
        case "id", "name", "type": return "\(alias).\(key)"
        default: return dialect.attribute("\(alias).attributes", try attributePath(key, at: at))
        }
    }

    private mutating func relationProperty(_ alias: String, _ key: String, at: QueryPosition) throws(PatternQueryError) -> String {
        switch key {
        case "id": return "\(alias).id"
        case "type": return "\(alias).predicate"
        case let key where Evidence.reportAttributes.contains(key):
            // What the articles say of a post's time is each report's own: the latest report that says it
            // (by its article's date; undated reports last) gives the value.
            let path = try attributePath(key, at: at)
            guard readsReportAttributes else { return dialect.attribute("\(alias).attributes", path) }
            let value = dialect.attribute("e.attributes", path)
            return """
                (SELECT \(value) FROM evidence e LEFT JOIN articles a ON a.id = e.article_id \
                WHERE e.relation_id = \(alias).id AND \(value) IS NOT NULL \
                ORDER BY a.published IS NULL, a.published DESC LIMIT 1)
                """
        default: return dialect.attribute("\(alias).attributes", try attributePath(key, at: at))
        }
    }

    private mutating func attributePath(_ key: String, at: QueryPosition) throws(PatternQueryError) -> String {
        guard !key.contains("\""), !key.contains("\\") else {
            throw at.error("A property name cannot contain \" or \\.")
        }
        return bind(.text(dialect.attributeKey(key)))
    }

    /// `column = value` for a pair of a property map (whose values the parser makes literals); for a node's
    /// name (`nodeName` is the node's alias), through the name index first. `{key: null}` matches nothing.
    private mutating func equality(_ column: String, _ value: QueryExpression, nodeName alias: String?) throws(PatternQueryError) -> String {
        guard case .literal(let literal) = value, literal != .null else { return dialect.never }
        let placeholder = bind(literal)
        guard let alias, usesNameIndex, case .text(let text) = literal else { return "\(column) = \(placeholder)" }
        return "(\(alias).id IN (\(dialect.entitiesNamed(folded: bind(.text(NameNormalizer.fold(text))))))"
            + " AND \(column) = \(placeholder))"
    }

    /// A constant text the query gives for a comparison: a string, or `fold` of one (then already folded).
    private func constantText(_ expression: QueryExpression) -> (text: String, folded: Bool)? {
        switch expression {
        case .literal(.text(let text)): return (text, false)
        case .call("fold", let arguments, _, _):
            if case .literal(.text(let text)) = arguments[0] { return (NameNormalizer.fold(text), true) }
            return nil
        default: return nil
        }
    }

    /// The node whose name the expression is (`n.name`), or whose folded name (`fold(n.name)`).
    private func nameOf(_ expression: QueryExpression, _ scope: Scope) -> (alias: String, folded: Bool)? {
        switch expression {
        case .property(let name, "name", _):
            return scope.nodeOfVariable[name].flatMap { scope.nodeTable[$0] }.map { ($0, false) }
        case .call("fold", let arguments, _, _):
            guard case .property(let name, "name", _) = arguments[0] else { return nil }
            return scope.nodeOfVariable[name].flatMap { scope.nodeTable[$0] }.map { ($0, true) }
        default:
            return nil
        }
    }

    /// The SQL of an expression. `returning`: the expression is a RETURN column (a bare node gives its name,
    /// a bare relation its type); elsewhere a bare node or relation stands for its id.
    private mutating func sql(_ expression: QueryExpression, _ scope: Scope, returning: Bool) throws(PatternQueryError) -> String {
        switch expression {
        case .literal(.null): return "NULL"
        case .literal(let value): return bind(value)
        case .list(let items):
            return dialect.array(try items.map { (item) throws(PatternQueryError) in try sql(item, scope, returning: false) })
        case .variable(let name, _):
            if let node = scope.nodeOfVariable[name], let alias = scope.nodeTable[node] {
                return returning ? "\(alias).name" : "\(alias).id"
            }
            let alias = scope.relationOfVariable[name] ?? "NULL"
            return returning ? "\(alias).predicate" : "\(alias).id"
        case .property(let name, let key, let at):
            if let node = scope.nodeOfVariable[name], let alias = scope.nodeTable[node] {
                return try nodeProperty(alias, key, at: at)
            }
            return try relationProperty(scope.relationOfVariable[name] ?? "NULL", key, at: at)
        case .call("type", let arguments, _, _):
            guard case .variable(let name, _) = arguments[0] else { return "NULL" }
            return "\(scope.relationOfVariable[name] ?? "NULL").predicate"
        case .call("fold", let arguments, _, _):
            if let constant = constantText(expression) { return bind(.text(constant.text)) }
            return "mekong_fold(" + (try sql(arguments[0], scope, returning: returning)) + ")"
        case .call(_, _, _, let at), .countAll(let at):
            throw at.error("count() counts the answer's rows: use it as a RETURN item of its own.")
        case .not(let operand): return "(NOT " + (try sql(operand, scope, returning: false)) + ")"
        case .negate(let operand): return "(- " + (try sql(operand, scope, returning: false)) + ")"
        case .isNull(let operand, let negated):
            return "(" + (try sql(operand, scope, returning: false)) + (negated ? " IS NOT NULL)" : " IS NULL)")
        case .binary(.in, let lhs, let rhs):
            let left = try sql(lhs, scope, returning: false)
            switch rhs {
            case .list(let items):
                // Nothing is in an empty list (PostgreSQL refuses `IN ()`).
                guard !items.isEmpty else { return dialect.never }
                let values = try items.map { (item) throws(PatternQueryError) in try sql(item, scope, returning: false) }
                return "(\(left) IN (" + values.joined(separator: ", ") + "))"
            case .property(let name, "aliases", _):
                let alias = scope.nodeOfVariable[name].flatMap { scope.nodeTable[$0] } ?? "NULL"
                return "(\(left) IN (SELECT name FROM entity_names WHERE entity_id = \(alias).id AND name <> \(alias).name))"
            default:
                // The parser lets IN take nothing else.
                return "NULL"
            }
        case .binary(.equal, let lhs, let rhs):
            for (name, constant) in [(lhs, rhs), (rhs, lhs)] {
                guard usesNameIndex, let node = nameOf(name, scope), let value = constantText(constant) else { continue }
                // fold(n.name) = 'yen bai' or n.name = 'Yên Bái': the name index gives the few candidates.
                let folded = value.folded ? value.text : NameNormalizer.fold(value.text)
                let candidates = "\(node.alias).id IN (\(dialect.entitiesNamed(folded: bind(.text(folded)))))"
                if node.folded {
                    let target = value.folded ? folded : value.text
                    return "(\(candidates) AND mekong_fold(\(node.alias).name) = \(bind(.text(target))))"
                }
                if value.folded { break }
                return "(\(candidates) AND \(node.alias).name = \(bind(.text(value.text))))"
            }
            return "(" + (try sql(lhs, scope, returning: false)) + " = " + (try sql(rhs, scope, returning: false)) + ")"
        case .binary(let op, let lhs, let rhs):
            let left = try sql(lhs, scope, returning: false)
            let right = try sql(rhs, scope, returning: false)
            switch op {
            case .and: return "(\(left) AND \(right))"
            case .or: return "(\(left) OR \(right))"
            case .contains: return dialect.contains(left, right)
            case .startsWith: return "(substr(\(left), 1, length(\(right))) = \(right))"
            case .endsWith: return "(length(\(left)) >= length(\(right)) AND substr(\(left), length(\(left)) - length(\(right)) + 1) = \(right))"
            default: return "(\(left) \(op.rawValue) \(right))"
            }
        }
    }
}
