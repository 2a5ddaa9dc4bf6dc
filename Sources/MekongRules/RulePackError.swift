import Foundation
import MekongPluginAPI

/// What can go wrong in MekongRules; each message names the file or plugin and says what to do.
///
/// Errors in a pack's content carry the file, the 1-based line of the offending YAML node and the field as
/// a path from the top of the pack (`patterns[1].relation.predicate`), and read like compiler diagnostics:
/// `cooperation.yaml:14: patterns[1].relation.predicate: …`.
public enum RulePackError: LocalizedError, Sendable, Equatable {
    /// The file cannot be read.
    case unreadable(path: String, reason: String)
    /// The file is not well-formed YAML, or is empty.
    case malformedYAML(path: String, line: Int, reason: String)
    /// A mapping has a key that the schema does not define.
    case unknownField(path: String, line: Int, field: String, allowed: [String])
    /// A required field is absent.
    case missingField(path: String, line: Int, field: String)
    /// A field has a value of the wrong shape or out of range.
    case invalidValue(path: String, line: Int, field: String, reason: String)
    /// A `regex` does not compile.
    case invalidRegex(path: String, line: Int, field: String, reason: String)
    /// An entity type is neither a known type nor namespaced (`acme.product`).
    case invalidTypeName(path: String, line: Int, field: String, name: String)
    /// A predicate is neither a core predicate nor namespaced (`acme.supplies`).
    case unknownPredicate(path: String, line: Int, field: String, name: String)
    /// A field or `$name` template refers to a capture the pattern does not define.
    case unknownCapture(path: String, line: Int, field: String, name: String, known: [String])
    /// A pattern has both `tokens` and `regex`, or neither.
    case patternSource(path: String, line: Int, field: String, both: Bool)
    /// Two patterns of one pack share an id.
    case duplicatePatternID(path: String, line: Int, field: String, id: String)
    /// Two packs of one directory share an id.
    case duplicatePackID(id: String, paths: [String])
    /// A regex compiles but lies outside the safe subset (nested quantifiers, backreferences): matching it
    /// could take exponential time.
    case unsafeRegex(path: String, line: Int, field: String, reason: String)
    /// The YAML expands (through aliases) to more than the pack size budget.
    case tooLarge(path: String, line: Int, reason: String)

    /// The file the error is about (the first one for ``duplicatePackID(id:paths:)``).
    public var path: String {
        switch self {
        case .unreadable(let path, _), .malformedYAML(let path, _, _), .unknownField(let path, _, _, _),
            .missingField(let path, _, _), .invalidValue(let path, _, _, _), .invalidRegex(let path, _, _, _),
            .invalidTypeName(let path, _, _, _), .unknownPredicate(let path, _, _, _),
            .unknownCapture(let path, _, _, _, _), .patternSource(let path, _, _, _),
            .duplicatePatternID(let path, _, _, _), .unsafeRegex(let path, _, _, _), .tooLarge(let path, _, _):
            path
        case .duplicatePackID(_, let paths): paths.first ?? ""
        }
    }

    /// The 1-based line in ``path``, when the error is about a place in a file.
    public var line: Int? {
        switch self {
        case .unreadable, .duplicatePackID: nil
        case .malformedYAML(_, let line, _), .unknownField(_, let line, _, _), .missingField(_, let line, _),
            .invalidValue(_, let line, _, _), .invalidRegex(_, let line, _, _), .invalidTypeName(_, let line, _, _),
            .unknownPredicate(_, let line, _, _), .unknownCapture(_, let line, _, _, _),
            .patternSource(_, let line, _, _), .duplicatePatternID(_, let line, _, _), .unsafeRegex(_, let line, _, _),
            .tooLarge(_, let line, _):
            line
        }
    }

    /// The field as a path from the top of the pack (`patterns[0].tokens`), when there is one.
    public var field: String? {
        switch self {
        case .unreadable, .malformedYAML, .duplicatePackID, .tooLarge: nil
        case .unknownField(_, _, let field, _), .missingField(_, _, let field), .invalidValue(_, _, let field, _),
            .invalidRegex(_, _, let field, _), .invalidTypeName(_, _, let field, _),
            .unknownPredicate(_, _, let field, _), .unknownCapture(_, _, let field, _, _),
            .patternSource(_, _, let field, _), .duplicatePatternID(_, _, let field, _), .unsafeRegex(_, _, let field, _):
            field
        }
    }

    /// The message shown to the user: what went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .unreadable(let path, let reason):
            "Cannot read \(path): \(reason). Check the path and its permissions."
        case .malformedYAML(let path, let line, let reason):
            "\(path):\(line): not a valid rule pack: \(reason). Fix the YAML syntax."
        case .unknownField(let path, let line, let field, let allowed):
            "\(path):\(line): \(field): unknown field. Allowed here: \(allowed.joined(separator: ", "))."
        case .missingField(let path, let line, let field):
            "\(path):\(line): \(field): required field is missing. Add it."
        case .invalidValue(let path, let line, let field, let reason):
            "\(path):\(line): \(field): \(reason)."
        case .invalidRegex(let path, let line, let field, let reason):
            "\(path):\(line): \(field): the regular expression does not compile: \(reason). "
                + "Check its syntax (ICU regular expressions, as NSRegularExpression reads them)."
        case .unsafeRegex(let path, let line, let field, let reason):
            "\(path):\(line): \(field): the regular expression is refused: \(reason). Such a pattern can take "
                + "exponential time on some sentences; rewrite it (for example (?:a|b)+ instead of (a+)+), or use a "
                + "token pattern."
        case .tooLarge(let path, let line, let reason):
            "\(path):\(line): the pack is refused: \(reason). Rule packs are lists of names and patterns; remove "
                + "the aliases that repeat large values."
        case .invalidTypeName(let path, let line, let field, let name):
            "\(path):\(line): \(field): unknown entity type \"\(name)\". Use one of "
                + "\(Vocabulary.knownTypes.map(\.rawValue).joined(separator: ", ")), or a namespaced type such as "
                + "acme.product (lower case, dotted)."
        case .unknownPredicate(let path, let line, let field, let name):
            "\(path):\(line): \(field): unknown predicate \"\(name)\". Use one of "
                + "\(Predicate.core.map(\.rawValue).joined(separator: ", ")), or a namespaced predicate such as "
                + "acme.supplies (lower case, dotted)."
        case .unknownCapture(let path, let line, let field, let name, let known):
            "\(path):\(line): \(field): the pattern has no capture \"\(name)\". "
                + (known.isEmpty
                    ? "It defines no captures: name one with {type:name}, […]:name or …:name (tokens) or (?<name>…) (regex)."
                    : "Its captures: \(known.joined(separator: ", ")).")
        case .patternSource(let path, let line, let field, let both):
            both
                ? "\(path):\(line): \(field): a pattern has either tokens or regex, not both. Split it into two patterns."
                : "\(path):\(line): \(field): a pattern needs tokens or regex. Add one of them."
        case .duplicatePatternID(let path, let line, let field, let id):
            "\(path):\(line): \(field): another pattern of this pack has the id \"\(id)\". Give each pattern its own id."
        case .duplicatePackID(let id, let paths):
            "Rule packs \(paths.joined(separator: " and ")) have the same id \"\(id)\". Give each pack its own id."
        }
    }
}
