import Foundation
import MekongPluginAPI
import Yams

/// Reads one pack's YAML into a validated ``RulePack``, reporting the first problem with its file, line and
/// field. The schema is documented on ``RulePackLoader``.
struct RulePackParser {
    let path: String

    static let packFields = ["id", "version", "summary", "consumes", "gazetteers", "patterns"]
    static let gazetteerFields = ["type", "entries", "case_sensitive", "confidence", "skip_inside"]
    static let entryFields = ["name", "aliases", "attributes"]
    static let patternFields = ["id", "tokens", "regex", "gap", "case_sensitive", "entity", "relation", "confidence"]
    static let entityFields = ["type", "capture", "canonical", "attributes"]
    static let relationFields = ["predicate", "subject", "object", "attributes"]

    static let defaultGap = 6
    static let defaultGazetteerConfidence = 0.9
    static let defaultPatternConfidence = 0.8

    func parse(_ yaml: String) throws(RulePackError) -> RulePack {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw RulePackError.malformedYAML(path: path, line: 1, reason: "the file is empty")
            }
            root = node
        } catch let error as RulePackError {
            throw error
        } catch {
            throw malformed(error)
        }
        try checkExpandedSize(root)
        let pack = try mapping(root, field: "", allowed: Self.packFields)
        let id = try requiredString(pack, "id")
        guard Vocabulary.isValidID(id.value) else {
            throw invalid(id.node, "id", "\"\(id.value)\" is not an extractor id: lower-case letters, digits, '.', '_' and '-', starting with a letter (acme.cooperation)")
        }
        let version = try optionalString(pack, "version")?.value ?? "1.0.0"
        let fileName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let summary = try optionalString(pack, "summary")?.value ?? "Rule pack \(fileName)"
        var declaredConsumes = Set<Capability>()
        if let consumes = pack.value("consumes") {
            for (index, item) in try sequence(consumes, field: "consumes").enumerated() {
                declaredConsumes.insert(try capability(item, field: "consumes[\(index)]"))
            }
        }
        var gazetteers: [RulePack.Gazetteer] = []
        if let node = pack.value("gazetteers") {
            for (index, item) in try sequence(node, field: "gazetteers").enumerated() {
                gazetteers.append(try gazetteer(item, field: "gazetteers[\(index)]"))
            }
        }
        var patterns: [RulePack.Pattern] = []
        if let node = pack.value("patterns") {
            var seen = Set<String>()
            for (index, item) in try sequence(node, field: "patterns").enumerated() {
                let parsed = try pattern(item, field: "patterns[\(index)]")
                guard seen.insert(parsed.id).inserted else {
                    let idNode = try mapping(item, field: "patterns[\(index)]", allowed: Self.patternFields).value("id")
                    throw .duplicatePatternID(
                        path: path, line: line(idNode ?? item), field: "patterns[\(index)].id", id: parsed.id)
                }
                patterns.append(parsed)
            }
        }
        if gazetteers.isEmpty && patterns.isEmpty {
            throw .missingField(path: path, line: line(root), field: "gazetteers or patterns")
        }
        return RulePack(
            id: id.value, version: version, summary: summary, path: path, gazetteers: gazetteers, patterns: patterns,
            declaredConsumes: declaredConsumes)
    }

    // MARK: Sections

    private func gazetteer(_ node: Node, field: String) throws(RulePackError) -> RulePack.Gazetteer {
        let map = try mapping(node, field: field, allowed: Self.gazetteerFields)
        let type = try entityType(try requiredString(map, "type"), field: map.field("type"))
        guard let entriesNode = map.value("entries") else {
            throw .missingField(path: path, line: line(node), field: map.field("entries"))
        }
        let items = try sequence(entriesNode, field: map.field("entries"))
        guard !items.isEmpty else { throw invalid(entriesNode, map.field("entries"), "the list of entries is empty") }
        var entries: [RulePack.Entry] = []
        for (index, item) in items.enumerated() {
            entries.append(try entry(item, field: map.field("entries") + "[\(index)]"))
        }
        var skipInside: [EntityType] = []
        if let skipNode = map.value("skip_inside") {
            for (index, item) in try sequence(skipNode, field: map.field("skip_inside")).enumerated() {
                let itemField = map.field("skip_inside") + "[\(index)]"
                skipInside.append(try entityType((try scalar(item, field: itemField), item), field: itemField))
            }
        }
        return RulePack.Gazetteer(
            type: type, entries: entries, caseSensitive: try optionalBool(map, "case_sensitive") ?? false,
            confidence: try optionalConfidence(map) ?? Self.defaultGazetteerConfidence, skipInside: skipInside)
    }

    private func entry(_ node: Node, field: String) throws(RulePackError) -> RulePack.Entry {
        if node.scalar != nil {
            return RulePack.Entry(name: try phrase(node, field: field), aliases: [], attributes: [:])
        }
        let map = try mapping(node, field: field, allowed: Self.entryFields)
        guard let nameNode = map.value("name") else {
            throw .missingField(path: path, line: line(node), field: map.field("name"))
        }
        let name = try phrase(nameNode, field: map.field("name"))
        var aliases: [String] = []
        if let aliasNode = map.value("aliases") {
            let items = aliasNode.scalar != nil ? [aliasNode] : try sequence(aliasNode, field: map.field("aliases"))
            for (index, item) in items.enumerated() {
                aliases.append(try phrase(item, field: map.field("aliases") + "[\(index)]"))
            }
        }
        var attributes: [String: String] = [:]
        if let attributeNode = map.value("attributes") {
            for (key, value) in try stringMap(attributeNode, field: map.field("attributes")) {
                attributes[key] = value.value.precomposedStringWithCanonicalMapping
            }
        }
        return RulePack.Entry(name: name, aliases: aliases.filter { $0 != name }, attributes: attributes)
    }

    private func pattern(_ node: Node, field: String) throws(RulePackError) -> RulePack.Pattern {
        let map = try mapping(node, field: field, allowed: Self.patternFields)
        let id = try requiredString(map, "id")
        guard Vocabulary.isValidPatternID(id.value) else {
            throw invalid(id.node, map.field("id"), "\"\(id.value)\" is not a rule id: letters, digits, '.', '_' and '-'")
        }
        let tokensSource = try optionalString(map, "tokens")
        let regexSource = try optionalString(map, "regex")
        let gap = try optionalInt(map, "gap")
        let caseSensitive = try optionalBool(map, "case_sensitive")
        let compiled: CompiledPattern
        let source: RulePack.Pattern.Source
        let captures: [String]
        switch (tokensSource, regexSource) {
        case (.some, .some):
            throw .patternSource(path: path, line: line(node), field: field, both: true)
        case (nil, nil):
            throw .patternSource(path: path, line: line(node), field: field, both: false)
        case (.some(let tokens), nil):
            if let gap, !(1...50).contains(gap.value) {
                throw invalid(gap.node, map.field("gap"), "the gap must be between 1 and 50 tokens, not \(gap.value)")
            }
            switch TokenPattern.parse(tokens.value, gap: gap?.value ?? Self.defaultGap, caseSensitive: caseSensitive ?? false) {
            case .success(let pattern):
                compiled = .tokens(pattern)
                captures = pattern.captureNames
            case .failure(.syntax(let reason)):
                throw invalid(tokens.node, map.field("tokens"), reason)
            case .failure(.invalidType(let name)):
                throw .invalidTypeName(path: path, line: line(tokens.node), field: map.field("tokens"), name: name)
            }
            source = .tokens(tokens.value)
        case (nil, .some(let regex)):
            if let gap { throw invalid(gap.node, map.field("gap"), "gap applies to token patterns only") }
            if let node = map.value("case_sensitive") {
                throw invalid(
                    node, map.field("case_sensitive"),
                    "case_sensitive applies to token patterns only; start a regex with (?i) to ignore case")
            }
            switch RegexPattern.compile(regex.value) {
            case .success(let pattern):
                compiled = .regex(pattern)
                captures = pattern.groupNames
            case .failure(let error) where error.unsafe:
                throw .unsafeRegex(path: path, line: line(regex.node), field: map.field("regex"), reason: error.reason)
            case .failure(let error):
                throw .invalidRegex(path: path, line: line(regex.node), field: map.field("regex"), reason: error.reason)
            }
            source = .regex(regex.value)
        }
        let entity = try map.value("entity").map { (node) throws(RulePackError) in
            try entityOutput(node, field: map.field("entity"), captures: captures)
        }
        let relation = try map.value("relation").map { (node) throws(RulePackError) in
            try relationOutput(node, field: map.field("relation"), captures: captures, compiled: compiled, entity: entity)
        }
        if entity == nil && relation == nil {
            throw invalid(node, field, "the pattern produces nothing: give it an entity, a relation or both")
        }
        return RulePack.Pattern(
            id: id.value, source: source, captures: captures, entity: entity, relation: relation,
            confidence: try optionalConfidence(map) ?? Self.defaultPatternConfidence, gap: gap?.value ?? Self.defaultGap,
            caseSensitive: caseSensitive ?? false, compiled: compiled)
    }

    private func entityOutput(_ node: Node, field: String, captures: [String]) throws(RulePackError) -> RulePack.EntityOutput {
        let map = try mapping(node, field: field, allowed: Self.entityFields)
        let type = try entityType(try requiredString(map, "type"), field: map.field("type"))
        let capture = try optionalString(map, "capture")
        if let capture { try checkCapture(capture.value, node: capture.node, field: map.field("capture"), captures: captures) }
        let canonical = try optionalString(map, "canonical")
        let canonicalTemplate = try canonical.map { (canonical) throws(RulePackError) in
            try template(canonical.value, node: canonical.node, field: map.field("canonical"), captures: captures)
        }
        let attributes = try attributeTemplates(map, captures: captures)
        return RulePack.EntityOutput(
            type: type, capture: capture?.value, canonical: canonical?.value,
            attributes: Dictionary(uniqueKeysWithValues: attributes.map { ($0.key, $0.source) }),
            canonicalTemplate: canonicalTemplate, attributeTemplates: attributes.map { ($0.key, $0.template) })
    }

    private func relationOutput(
        _ node: Node, field: String, captures: [String], compiled: CompiledPattern, entity: RulePack.EntityOutput?
    ) throws(RulePackError) -> RulePack.RelationOutput {
        let map = try mapping(node, field: field, allowed: Self.relationFields)
        let predicate = try requiredString(map, "predicate")
        guard Vocabulary.isValidPredicate(predicate.value) else {
            throw .unknownPredicate(path: path, line: line(predicate.node), field: map.field("predicate"), name: predicate.value)
        }
        var ends: [String] = []
        for key in ["subject", "object"] {
            let end = try requiredString(map, key)
            try checkCapture(end.value, node: end.node, field: map.field(key), captures: captures)
            if case .tokens(let tokenPattern) = compiled, !tokenPattern.isMentionCapture(end.value),
                entity?.capture != end.value
            {
                throw invalid(
                    end.node, map.field(key),
                    "the capture \"\(end.value)\" is text, not a mention: capture a mention with {type:\(end.value)}, "
                        + "or make it the entity's capture")
            }
            ends.append(end.value)
        }
        if ends[0] == ends[1] {
            throw invalid(map.node, map.field("object"), "subject and object are the same capture \"\(ends[0])\"")
        }
        let attributes = try attributeTemplates(map, captures: captures)
        return RulePack.RelationOutput(
            predicate: Predicate(predicate.value), subject: ends[0], object: ends[1],
            attributes: Dictionary(uniqueKeysWithValues: attributes.map { ($0.key, $0.source) }),
            attributeTemplates: attributes.map { ($0.key, $0.template) })
    }

    private func attributeTemplates(_ map: Mapping, captures: [String]) throws(RulePackError)
        -> [(key: String, source: String, template: ValueTemplate)]
    {
        guard let node = map.value("attributes") else { return [] }
        var result: [(key: String, source: String, template: ValueTemplate)] = []
        for (key, value) in try stringMap(node, field: map.field("attributes")) {
            let field = map.field("attributes") + "." + key
            result.append((key, value.value, try template(value.value, node: value.node, field: field, captures: captures)))
        }
        return result
    }

    private func template(_ source: String, node: Node, field: String, captures: [String]) throws(RulePackError)
        -> ValueTemplate
    {
        switch ValueTemplate.parse(source.precomposedStringWithCanonicalMapping) {
        case .failure(let error):
            throw invalid(node, field, error.reason)
        case .success(let template):
            for name in template.captures {
                try checkCapture(name, node: node, field: field, captures: captures)
            }
            return template
        }
    }

    private func checkCapture(_ name: String, node: Node, field: String, captures: [String]) throws(RulePackError) {
        guard captures.contains(name) else {
            throw .unknownCapture(path: path, line: line(node), field: field, name: name, known: captures)
        }
    }

    private func capability(_ node: Node, field: String) throws(RulePackError) -> Capability {
        let text = try scalar(node, field: field)
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[0] == "entity" || parts[0] == "relation" else {
            throw invalid(node, field, "\"\(text)\" is not a capability: write entity:TYPE or relation:PREDICATE")
        }
        if parts[0] == "entity" {
            return .entity(try entityType((parts[1], node), field: field))
        }
        guard Vocabulary.isValidPredicate(parts[1]) else {
            throw .unknownPredicate(path: path, line: line(node), field: field, name: parts[1])
        }
        return .relation(Predicate(parts[1]))
    }

    private func entityType(_ value: (value: String, node: Node), field: String) throws(RulePackError) -> EntityType {
        guard Vocabulary.isValidType(value.value) else {
            throw .invalidTypeName(path: path, line: line(value.node), field: field, name: value.value)
        }
        return EntityType(value.value)
    }

    // MARK: Nodes

    /// A mapping node with its string keys, checked against the fields the schema allows there.
    struct Mapping {
        let node: Node
        let prefix: String
        let pairs: [(key: String, keyNode: Node, value: Node)]

        func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }
        func field(_ key: String) -> String { prefix.isEmpty ? key : prefix + "." + key }
    }

    private func mapping(_ node: Node, field: String, allowed: [String]) throws(RulePackError) -> Mapping {
        guard let mapping = node.mapping else {
            throw invalid(node, field.isEmpty ? "(top level)" : field, "expected a mapping of fields (key: value)")
        }
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                throw invalid(keyNode, field.isEmpty ? "(top level)" : field, "a field name must be a plain string")
            }
            let childField = field.isEmpty ? key : field + "." + key
            guard allowed.contains(key) else {
                throw .unknownField(path: path, line: line(keyNode), field: childField, allowed: allowed)
            }
            pairs.append((key, keyNode, value))
        }
        return Mapping(node: node, prefix: field, pairs: pairs)
    }

    private func sequence(_ node: Node, field: String) throws(RulePackError) -> [Node] {
        guard let sequence = node.sequence else { throw invalid(node, field, "expected a list") }
        return Array(sequence)
    }

    private func scalar(_ node: Node, field: String) throws(RulePackError) -> String {
        guard let scalar = node.scalar, node.null == nil else {
            throw invalid(node, field, node.null != nil ? "the value is empty" : "expected a single value, not a list or mapping")
        }
        return scalar.string
    }

    /// A name or alias: a non-empty phrase, in NFC.
    private func phrase(_ node: Node, field: String) throws(RulePackError) -> String {
        let text = try scalar(node, field: field).precomposedStringWithCanonicalMapping.trimmingWhitespace()
        guard !Tokenizer().words(of: text).isEmpty else { throw invalid(node, field, "the name is empty") }
        return text
    }

    private func stringMap(_ node: Node, field: String) throws(RulePackError) -> [(String, (value: String, node: Node))] {
        guard let mapping = node.mapping else { throw invalid(node, field, "expected a mapping of names to values") }
        var result: [(String, (value: String, node: Node))] = []
        for (keyNode, value) in mapping {
            let key = try scalar(keyNode, field: field)
            result.append((key, (try scalar(value, field: field + "." + key), value)))
        }
        return result
    }

    private func requiredString(_ map: Mapping, _ key: String) throws(RulePackError) -> (value: String, node: Node) {
        guard let node = map.value(key) else {
            throw .missingField(path: path, line: line(map.node), field: map.field(key))
        }
        let value = try scalar(node, field: map.field(key))
        guard !value.trimmingWhitespace().isEmpty else { throw invalid(node, map.field(key), "the value is empty") }
        return (value.precomposedStringWithCanonicalMapping, node)
    }

    private func optionalString(_ map: Mapping, _ key: String) throws(RulePackError) -> (value: String, node: Node)? {
        guard map.value(key) != nil else { return nil }
        return try requiredString(map, key)
    }

    private func optionalBool(_ map: Mapping, _ key: String) throws(RulePackError) -> Bool? {
        guard let node = map.value(key) else { return nil }
        guard node.scalar != nil, let value = node.bool else {
            throw invalid(node, map.field(key), "expected true or false")
        }
        return value
    }

    private func optionalInt(_ map: Mapping, _ key: String) throws(RulePackError) -> (value: Int, node: Node)? {
        guard let node = map.value(key) else { return nil }
        guard node.scalar != nil, let value = node.int else { throw invalid(node, map.field(key), "expected a whole number") }
        return (value, node)
    }

    private func optionalConfidence(_ map: Mapping) throws(RulePackError) -> Double? {
        guard let node = map.value("confidence") else { return nil }
        guard node.scalar != nil, let value = node.float ?? node.int.map(Double.init), (0...1).contains(value) else {
            throw invalid(node, map.field("confidence"), "expected a number between 0 and 1")
        }
        return value
    }

    // MARK: Errors

    /// The most nodes a pack may expand to, aliases counted at every use.
    static let maximumExpandedNodes = 1_000_000
    /// The most text (UTF-8 bytes of all scalars) a pack may expand to, aliases counted at every use.
    static let maximumExpandedBytes = 32 * 1024 * 1024

    /// Refuses a pack whose aliases expand it past the budgets: a 1 MB string used 2,000 times, or aliases
    /// of aliases ("billion laughs"), would otherwise hold the loader for minutes. The walk stops at the
    /// budget, so it is itself bounded.
    private func checkExpandedSize(_ root: Node) throws(RulePackError) {
        var nodes = 0
        var bytes = 0
        var pending = [root]
        while let node = pending.popLast() {
            nodes += 1
            switch node {
            case .scalar(let scalar): bytes += scalar.string.utf8.count
            case .mapping(let mapping):
                for (key, value) in mapping {
                    pending.append(key)
                    pending.append(value)
                }
            case .sequence(let sequence): pending.append(contentsOf: sequence)
            case .alias: break
            }
            if nodes > Self.maximumExpandedNodes || bytes > Self.maximumExpandedBytes {
                throw .tooLarge(
                    path: path, line: line(node),
                    reason: "with its aliases expanded it holds more than \(Self.maximumExpandedNodes) values or "
                        + "\(Self.maximumExpandedBytes) bytes of text")
            }
        }
    }

    private func line(_ node: Node) -> Int { node.mark?.line ?? 1 }

    private func invalid(_ node: Node, _ field: String, _ reason: String) -> RulePackError {
        .invalidValue(path: path, line: line(node), field: field, reason: reason)
    }

    private func malformed(_ error: any Error) -> RulePackError {
        guard let error = error as? YamlError else {
            return .malformedYAML(path: path, line: 1, reason: "\(error)")
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let reason = context.map { "\($0.text) that starts on line \($0.mark.line): \(problem)" } ?? problem
            return .malformedYAML(path: path, line: mark.line, reason: reason)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .malformedYAML(
                path: path, line: context.mark.line,
                reason: "a key appears twice in one mapping: \(duplicates.sorted().joined(separator: ", "))")
        default:
            return .malformedYAML(path: path, line: 1, reason: "\(error)")
        }
    }
}
