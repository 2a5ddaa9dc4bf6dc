import ArgumentParser
import MekongKit

/// The entity types and predicates a user may type, checked before any work: a bare name must be one Mekong
/// defines (a typo such as `--type persn` is a usage error, not an empty answer); a plugin's own are namespaced
/// (`acme.product`, `acme.supplies`) and pass as written.
enum KnownNames {
    /// The types Mekong defines: the four core types and the others its built-in extractors may produce.
    static let entityTypes: [EntityType] = EntityType.defined

    /// Throws a usage error listing the valid types when `name` is neither a defined type nor namespaced.
    static func checkType(_ name: String?) throws {
        guard let name, !name.contains("."), !entityTypes.contains(EntityType(name)) else { return }
        throw ValidationError(
            "Unknown type '\(name)'. Types: \(entityTypes.map(\.rawValue).joined(separator: ", ")); a plugin's types "
                + "are namespaced (acme.product).")
    }

    /// Throws a usage error listing the core predicates for the first name that is neither core nor namespaced.
    static func checkPredicates(_ names: [String]) throws {
        let core = Predicate.core.map(\.rawValue)
        for name in names where !name.contains(".") && !core.contains(name) {
            throw ValidationError(
                "Unknown predicate '\(name)'. Core predicates: \(core.joined(separator: ", ")); a plugin's predicates "
                    + "are namespaced (acme.supplies).")
        }
    }
}
