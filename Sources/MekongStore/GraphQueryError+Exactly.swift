import MekongCore

extension GraphQueryError {
    /// The entity `nameOrID` means among the entities that have it as a whole name or alias (``candidates``): the
    /// only one, else the only one whose canonical name it is.
    ///
    /// - Throws: ``MekongCore/GraphQueryError/ambiguousEntity(_:candidates:)`` when several remain,
    ///   ``MekongCore/GraphQueryError/unknownEntity(_:suggestions:)`` with `suggestions()` when there is none.
    static func choosingExactly(
        _ nameOrID: String, among candidates: [Entity], suggestions: () throws -> [String]
    ) throws -> Entity {
        let folded = NameNormalizer.fold(nameOrID)
        if candidates.count == 1 { return candidates[0] }
        let byName = candidates.filter { NameNormalizer.fold($0.name) == folded }
        if byName.count == 1 { return byName[0] }
        if candidates.count > 1 { throw GraphQueryError.ambiguousEntity(nameOrID, candidates: candidates) }
        throw GraphQueryError.unknownEntity(nameOrID, suggestions: folded.isEmpty ? [] : try suggestions())
    }
}
