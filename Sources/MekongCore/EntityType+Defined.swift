extension EntityType {
    /// The types Mekong itself defines: the four core types and the others its built-in extractors may produce.
    /// Anything else a user types must be a plugin's namespaced type (`acme.product`).
    public static let defined: [EntityType] = core + [.date, .event, .position, .quantity]
}
