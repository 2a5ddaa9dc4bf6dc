import MekongPluginAPI

/// A parsed and validated rule pack: gazetteers and patterns declared in one YAML file.
///
/// A pack is data; ``RulePackExtractor`` compiles it (regular expressions, the phrase lookup) and runs it.
/// Packs are read by ``RulePackLoader``; the YAML schema is documented there.
public struct RulePack: Sendable {
    /// The extractor id (`acme.cooperation`), unique among all extractors.
    public let id: String
    /// The pack's own version, recorded with what it produces.
    public let version: String
    /// One line on what the pack finds.
    public let summary: String
    /// The file the pack was read from, for messages.
    public let path: String
    /// Lists of names, each naming entities of one type.
    public let gazetteers: [Gazetteer]
    /// Rules that match tokens or text and produce mentions or relations, in the order they run.
    public let patterns: [Pattern]
    /// Capabilities named in the pack's own `consumes` field, in addition to those derived from its patterns.
    public let declaredConsumes: Set<Capability>

    /// A list of names of one entity type.
    public struct Gazetteer: Sendable, Hashable {
        /// The type of every entity in the list.
        public let type: EntityType
        /// The entities the gazetteer lists, in the order declared.
        public let entries: [Entry]
        /// Whether names must match with their exact capitalization (otherwise they match in any case).
        public let caseSensitive: Bool
        /// Confidence of the mentions it produces, in 0…1.
        public let confidence: Double
        /// A name is not reported where it lies inside an earlier mention of one of these types
        /// ("An Giang" inside "Tỉnh ủy An Giang").
        public let skipInside: [EntityType]
    }

    /// One named entity of a gazetteer.
    public struct Entry: Sendable, Hashable {
        /// The canonical name, which mentions get whichever of the names matched.
        public let name: String
        /// Other names that match too (abbreviations, spellings, the name with its unit word).
        public let aliases: [String]
        /// Attributes given to every mention of the entry.
        public let attributes: [String: String]
    }

    /// A rule that matches a sentence and produces an entity mention, a relation, or both.
    public struct Pattern: Sendable {
        /// What a pattern matches.
        public enum Source: Sendable, Hashable {
            /// A token pattern over the sentence's tokens and the mentions in it.
            case tokens(String)
            /// A regular expression over the sentence's text.
            case regex(String)
        }

        /// The rule id, recorded as the `rule` of everything the pattern produces.
        public let id: String
        /// The token pattern or regular expression, as written in the pack.
        public let source: Source
        /// The names of the pattern's captures, in the order they appear.
        public let captures: [String]
        /// The mention it produces for each match, if any.
        public let entity: EntityOutput?
        /// The relation it produces for each match, if any.
        public let relation: RelationOutput?
        /// Confidence of what it produces, in 0…1.
        public let confidence: Double
        /// For token patterns: the most tokens a bare `…` skips.
        public let gap: Int
        /// For token patterns: whether literal words must match with their exact capitalization.
        public let caseSensitive: Bool

        let compiled: CompiledPattern
    }

    /// The mention a pattern produces.
    public struct EntityOutput: Sendable, Hashable {
        /// The type of the mention.
        public let type: EntityType
        /// The capture whose text is the mention; `nil` for the whole match.
        public let capture: String?
        /// The canonical name as a template (`$name` takes a capture's text); `nil` for the mention's text.
        public let canonical: String?
        /// Attribute templates.
        public let attributes: [String: String]

        let canonicalTemplate: ValueTemplate?
        let attributeTemplates: [(key: String, value: ValueTemplate)]

        /// Whether two outputs are declared alike (type, capture, canonical template and attributes).
        public static func == (lhs: EntityOutput, rhs: EntityOutput) -> Bool {
            (lhs.type, lhs.capture, lhs.canonical, lhs.attributes) == (rhs.type, rhs.capture, rhs.canonical, rhs.attributes)
        }

        /// Hashes the declared fields that ``==`` compares.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(type)
            hasher.combine(capture)
            hasher.combine(canonical)
            hasher.combine(attributes)
        }
    }

    /// The relation a pattern produces.
    public struct RelationOutput: Sendable, Hashable {
        /// The predicate of the relation.
        public let predicate: Predicate
        /// The capture that is the subject: a `{type:name}` capture, the entity output's capture, or (for a
        /// regex) a group whose text is exactly a mention.
        public let subject: String
        /// The capture that is the object, as for ``subject``.
        public let object: String
        /// Attribute templates.
        public let attributes: [String: String]

        let attributeTemplates: [(key: String, value: ValueTemplate)]

        /// Whether two outputs are declared alike (predicate, subject, object and attributes).
        public static func == (lhs: RelationOutput, rhs: RelationOutput) -> Bool {
            (lhs.predicate, lhs.subject, lhs.object, lhs.attributes) == (rhs.predicate, rhs.subject, rhs.object, rhs.attributes)
        }

        /// Hashes the declared fields that ``==`` compares.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(predicate)
            hasher.combine(subject)
            hasher.combine(object)
            hasher.combine(attributes)
        }
    }

    /// The entity types and predicates the pack produces: its gazetteers' types, its entity outputs'
    /// types and its relations' predicates.
    public var produces: Set<Capability> {
        var result = Set(gazetteers.map { Capability.entity($0.type) })
        for pattern in patterns {
            if let entity = pattern.entity { result.insert(.entity(entity.type)) }
            if let relation = pattern.relation { result.insert(.relation(relation.predicate)) }
        }
        return result
    }

    /// What must run before the pack: the declared `consumes`, plus `entity:TYPE` for every `{TYPE}` of a
    /// token pattern and every `skip_inside` type that the pack does not produce itself.
    public var consumes: Set<Capability> {
        let produced = produces
        var result = declaredConsumes
        for gazetteer in gazetteers {
            for type in gazetteer.skipInside where !produced.contains(.entity(type)) { result.insert(.entity(type)) }
        }
        for pattern in patterns {
            guard case .tokens(let tokenPattern) = pattern.compiled else { continue }
            for type in tokenPattern.mentionTypes where !produced.contains(.entity(type)) {
                result.insert(.entity(type))
            }
        }
        return result
    }
}
