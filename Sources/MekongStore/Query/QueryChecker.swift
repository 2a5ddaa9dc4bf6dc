/// Checks that a parsed query makes sense before it is compiled: known labels and relation types, variables
/// bound by MATCH and used as what they are, functions that exist, `count()` only where it can stand.
struct QueryChecker {
    /// The functions a query may call, with how many arguments each takes.
    static let functions: [String: Int] = ["count": 1, "fold": 1, "type": 1]

    enum Binding { case node, relation, chain }

    let query: PatternQuery
    let vocabulary: QueryVocabulary

    /// What each variable of the MATCH stands for.
    static func bindings(of query: PatternQuery) throws(PatternQueryError) -> [String: Binding] {
        var bindings: [String: Binding] = [:]
        for path in query.patterns {
            for node in path.nodes {
                guard let name = node.variable else { continue }
                if let previous = bindings[name], previous != .node {
                    throw node.position.error("'\(name)' names a relation already; give the node another name.")
                }
                bindings[name] = .node
            }
            for (relation, _) in path.steps {
                guard let name = relation.variable else { continue }
                if bindings[name] == .node {
                    throw relation.position.error("'\(name)' names a node already; give the relation another name.")
                }
                if bindings[name] != nil {
                    throw relation.position.error("'\(name)' names another relation of the pattern already; give each relation its own name.")
                }
                bindings[name] = relation.isVariableLength ? .chain : .relation
            }
        }
        return bindings
    }

    func check() throws(PatternQueryError) {
        for path in query.patterns {
            for node in path.nodes {
                if let label = node.label, let at = node.labelPosition { try vocabulary.checkLabel(label, at: at) }
                for pair in node.properties where pair.key == "aliases" {
                    throw pair.at.error("aliases is a list: test it in WHERE, e.g. WHERE 'TTXVN' IN o.aliases.")
                }
            }
            for (relation, _) in path.steps {
                for (type, at) in zip(relation.types, relation.typePositions) { try vocabulary.checkPredicate(type, at: at) }
            }
        }
        let bindings = try Self.bindings(of: query)
        if let filter = query.filter {
            if let at = filter.aggregatePosition { throw at.error("count() counts the answer's rows: use it in RETURN, not in WHERE.") }
            try check(filter, bindings)
        }
        var names: Set<String> = []
        for item in query.items {
            if !item.expression.isAggregate, let at = item.expression.aggregatePosition {
                throw at.error("count() must be a RETURN item of its own (RETURN o.name, count(*)).")
            }
            if case .call(_, let arguments, _, _) = item.expression, let at = arguments.lazy.compactMap(\.aggregatePosition).first {
                throw at.error("count() cannot count a count.")
            }
            try check(item.expression, bindings)
            guard names.insert(item.name).inserted else {
                throw item.position.error("Two columns are named '\(item.name)': give one of them another name with AS.")
            }
        }
        for key in query.order {
            // A RETURN column, by its alias or as the same expression, is sorted by as RETURN gives it.
            if QueryCompiler.returnItem(matching: key.expression, in: query) != nil { continue }
            if let at = key.expression.aggregatePosition, !key.expression.isAggregate {
                throw at.error("count() must stand alone in ORDER BY.")
            }
            try check(key.expression, bindings)
        }
    }

    private func check(_ expression: QueryExpression, _ bindings: [String: Binding]) throws(PatternQueryError) {
        switch expression {
        case .literal, .countAll:
            return
        case .variable(let name, let at):
            let binding = try bound(name, at, bindings)
            if binding == .chain { throw chainError(name, at) }
        case .property(let name, let key, let at):
            let binding = try bound(name, at, bindings)
            if binding == .chain { throw chainError(name, at) }
            if key == "aliases" {
                throw at.error(binding == .node
                    ? "\(name).aliases is a list: test it with IN, e.g. WHERE 'TTXVN' IN \(name).aliases."
                    : "A relation has no aliases; \(name).aliases is not a property.")
            }
        case .call(let function, let arguments, _, let at):
            guard let arity = Self.functions[function] else {
                throw at.error("Unknown function '\(function)'. Functions: count, fold, type.")
            }
            guard arguments.count == arity else {
                throw at.error("\(function)() takes \(arity) argument\(arity == 1 ? "" : "s"), \(arguments.count) given.")
            }
            if function == "type" {
                guard case .variable(let name, _) = arguments[0], bindings[name] == .relation else {
                    throw at.error("type() takes a relation variable, e.g. type(r) for MATCH (a)-[r]->(b).")
                }
                return
            }
            for argument in arguments { try check(argument, bindings) }
        case .list(let items):
            for item in items { try check(item, bindings) }
        case .not(let operand), .negate(let operand), .isNull(let operand, _):
            try check(operand, bindings)
        case .binary(.in, let lhs, .property(let name, "aliases", let at)):
            try check(lhs, bindings)
            guard try bound(name, at, bindings) == .node else {
                throw at.error("A relation has no aliases; \(name).aliases is not a property.")
            }
        case .binary(_, let lhs, let rhs):
            try check(lhs, bindings)
            try check(rhs, bindings)
        }
    }

    private func bound(_ name: String, _ at: QueryPosition, _ bindings: [String: Binding]) throws(PatternQueryError) -> Binding {
        if let binding = bindings[name] { return binding }
        let known = bindings.keys.sorted()
        throw at.error("Unknown variable '\(name)'. "
            + (known.isEmpty ? "The MATCH names no variables: write one in a node, e.g. (p:person)."
                : "Variables: \(known.joined(separator: ", ")).") )
    }

    private func chainError(_ name: String, _ at: QueryPosition) -> PatternQueryError {
        at.error("'\(name)' stands for a chain of relations (*): return or compare the nodes at its ends, or name a single relation.")
    }
}
