import Foundation
import GRDB
import MekongCore

extension GraphStore {
    /// Entities of a type (all types when nil) whose names contain `search`, ignoring case and diacritics.
    ///
    /// The same entities, in the same order, as ``MekongCore/KnowledgeGraph/entities(type:search:)`` on the
    /// loaded graph (most mentioned first, then by name), but read through the name index: only the
    /// matching entities are loaded. A store written by an older Mekong and opened read-only has no index
    /// yet; it is then answered from the loaded graph (the next `ingest` adds the index).
    public func entities(type: EntityType? = nil, search: String? = nil) throws(StoreError) -> [Entity] {
        guard try hasNameIndex() else { return try loadGraph().entities(type: type, search: search) }
        return try reading { db in try StoredGraphReader(db: db).entities(type: type, search: search) }
    }

    /// The entity with this id, with its aliases and mentions, or nil.
    public func entity(id: String) throws(StoreError) -> Entity? {
        try reading { db in try StoredGraphReader(db: db).entity(id: id) }
    }

    /// Finds one entity by id, or by a name or alias (ignoring case and diacritics), as
    /// ``MekongCore/KnowledgeGraph/resolve(_:)`` does on the loaded graph, reading only the candidates.
    ///
    /// - Throws: ``MekongCore/GraphQueryError/unknownEntity(_:suggestions:)`` with the closest names when
    ///   nothing matches, ``MekongCore/GraphQueryError/ambiguousEntity(_:candidates:)`` when several entities
    ///   share the name, and ``StoreError`` when the store cannot be read.
    public func resolve(_ nameOrID: String) throws -> Entity {
        guard try hasNameIndex() else { return try loadGraph().resolve(nameOrID) }
        // A name that matches nothing, or several entities, is the answer, not a failure of the store.
        let result: Result<Entity, GraphQueryError> = try reading { db in
            do {
                return .success(try StoredGraphReader(db: db).resolve(nameOrID))
            } catch let error as GraphQueryError {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Up to `limit` entity names closest to `text`, as ``MekongCore/KnowledgeGraph/suggestions(for:limit:)``
    /// gives them, measured only against names that can be close enough.
    ///
    /// A name is offered when its edit distance to the text is at most half the text's length (and at least
    /// 3), or when one contains the other as whole words. The distance is at least the difference of the
    /// lengths, so only names of a length within the threshold, names containing the text, and names made of
    /// a run of the text's words are read.
    public func suggestions(for text: String, limit: Int = 5) throws(StoreError) -> [String] {
        guard try hasNameIndex() else { return try loadGraph().suggestions(for: text, limit: limit) }
        return try reading { db in try StoredGraphReader(db: db).suggestions(for: text, limit: limit) }
    }

    /// Whether the store has the name index of migration v3 (see ``NameSearchMigration``).
    func hasNameIndex() throws(StoreError) -> Bool {
        try reading { db in try NameSearchMigration.isApplied(db) }
    }
}
