import Foundation

/// What can go wrong when querying the graph.
public enum GraphQueryError: LocalizedError, Sendable, Equatable {
    /// No entity has this name or id; the closest names are offered.
    case unknownEntity(String, suggestions: [String])
    /// Several entities have this name.
    case ambiguousEntity(String, candidates: [Entity])

    /// The message shown to the user: what went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .unknownEntity(let name, let suggestions):
            let hint = suggestions.isEmpty
                ? "Run `mekong entities --search WORD` to list what the store holds."
                : "Did you mean: " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ") + "?"
            return "No entity named \"\(name)\". \(hint)"
        case .ambiguousEntity(let name, let candidates):
            let list = candidates.prefix(8).map { "\($0.name) [\($0.type)] (\($0.id))" }.joined(separator: "; ")
            return "\"\(name)\" names \(candidates.count) entities: \(list). Give the id instead."
        }
    }
}
