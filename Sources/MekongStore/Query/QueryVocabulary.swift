import MekongCore

/// The labels and relation types a pattern query may name without a namespace.
///
/// A label or type outside the vocabulary is an error that lists the valid ones, unless it is namespaced
/// (`acme.product`, `acme.supplies`): a plugin's own names pass as written.
public struct QueryVocabulary: Sendable {
    /// The entity types (node labels).
    public let entityTypes: [EntityType]
    /// The predicates (relation types).
    public let predicates: [Predicate]

    /// Creates a vocabulary of these types and predicates.
    public init(entityTypes: [EntityType], predicates: [Predicate]) {
        self.entityTypes = entityTypes
        self.predicates = predicates
    }

    /// Mekong's own: ``MekongCore/EntityType/defined`` and ``MekongCore/Predicate/core``.
    public static let mekong = QueryVocabulary(entityTypes: EntityType.defined, predicates: Predicate.core)

    func checkLabel(_ name: String, at position: QueryPosition) throws(PatternQueryError) {
        guard !name.contains("."), !entityTypes.contains(EntityType(name)) else { return }
        throw position.error(
            "Unknown label '\(name)'. Labels: \(entityTypes.map(\.rawValue).joined(separator: ", ")); a plugin's types "
                + "are namespaced (acme.product).")
    }

    func checkPredicate(_ name: String, at position: QueryPosition) throws(PatternQueryError) {
        guard !name.contains("."), !predicates.contains(Predicate(name)) else { return }
        throw position.error(
            "Unknown relation type '\(name)'. Types: \(predicates.map(\.rawValue).joined(separator: ", ")); a plugin's "
                + "predicates are namespaced (acme.supplies).")
    }
}
