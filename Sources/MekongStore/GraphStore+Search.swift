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
        let needle = search.map(NameNormalizer.fold).flatMap { $0.isEmpty ? nil : $0 }
        return try reading { db in
            let reader = StoredGraphReader(db: db)
            let ids: [String]
            if let needle {
                ids = try Self.entityIDs(containing: needle, db: db)
            } else if let type {
                ids = try String.fetchAll(db, sql: "SELECT id FROM entities WHERE type = ? ORDER BY id", arguments: [type.rawValue])
            } else {
                ids = try String.fetchAll(db, sql: "SELECT id FROM entities ORDER BY id")
            }
            let found = try reader.entities(ids: ids).filter { type == nil || $0.type == type }
            // The in-memory graph's order, sort included (the input is in id order, as the graph holds it).
            return found.sorted { ($0.mentions.count, $1.name) > ($1.mentions.count, $0.name) }
        }
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
        let folded = NameNormalizer.fold(nameOrID)
        enum Outcome { case found(Entity), ambiguous([Entity]), unknown }
        let outcome: Outcome = try reading { db in
            let reader = StoredGraphReader(db: db)
            if let entity = try reader.entity(id: nameOrID) { return .found(entity) }
            if folded.isEmpty { return .unknown }
            let exact = try String.fetchAll(
                db.cachedStatement(sql: "SELECT DISTINCT entity_id FROM name_folds WHERE folded = ? ORDER BY entity_id"),
                arguments: [folded])
            if exact.count == 1, let entity = try reader.entity(id: exact[0]) { return .found(entity) }
            if exact.count > 1 {
                let candidates = try reader.entities(ids: exact)
                // Prefer the entity whose canonical name is the one asked for.
                let byName = candidates.filter { NameNormalizer.fold($0.name) == folded }
                if byName.count == 1 { return .found(byName[0]) }
                return .ambiguous(candidates)
            }
            let containing = try Self.entityIDs(containing: folded, db: db)
            if containing.count == 1, let entity = try reader.entity(id: containing[0]) { return .found(entity) }
            return .unknown
        }
        switch outcome {
        case .found(let entity): return entity
        case .ambiguous(let candidates): throw GraphQueryError.ambiguousEntity(nameOrID, candidates: candidates)
        case .unknown:
            let suggestions = folded.isEmpty ? [] : try suggestions(for: nameOrID)
            throw GraphQueryError.unknownEntity(nameOrID, suggestions: suggestions)
        }
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
        let folded = NameNormalizer.fold(text)
        let threshold = max(3, folded.count / 2)
        let length = folded.unicodeScalars.count
        return try reading { db in
            var candidates: [(entity: String, folded: String)] = []
            let byLength = try Row.fetchCursor(
                db.cachedStatement(sql: "SELECT entity_id, folded FROM name_folds WHERE length BETWEEN ? AND ?"),
                arguments: [length - threshold, length + threshold])
            while let row = try byLength.next() { candidates.append((row[0], row[1])) }
            for entity in try Self.entityIDs(containing: folded, db: db, returningNames: true) {
                candidates.append(entity)
            }
            let words = folded.split(separator: " ")
            let byName = try db.cachedStatement(sql: "SELECT entity_id, folded FROM name_folds WHERE folded = ?")
            for start in words.indices {
                for end in start..<words.endIndex {
                    let run = words[start...end].joined(separator: " ")
                    for row in try Row.fetchAll(byName, arguments: [run]) { candidates.append((row[0], row[1])) }
                }
            }
            // The same measure as the in-memory graph, per entity: its closest name.
            var best: [String: Int] = [:]
            var measured: Set<String> = []
            for candidate in candidates where measured.insert(candidate.entity + "\u{0}" + candidate.folded).inserted {
                let distance = EditDistance.between(folded, candidate.folded)
                let a = " \(candidate.folded) ", b = " \(folded) "
                let score = a.contains(b) || b.contains(a) ? min(distance, 2) : distance
                best[candidate.entity] = min(best[candidate.entity] ?? Int.max, score)
            }
            let close = best.filter { $0.value <= threshold }.keys.sorted(by: StoredGraphReader.storeOrder)
            let names = try StoredGraphReader(db: db).names(of: close)
            let scored = close.compactMap { id in names[id].map { (distance: best[id]!, name: $0) } }
            return scored.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.prefix(limit).map(\.name)
        }
    }

    /// Whether the store has the name index of migration v3 (see ``NameSearchMigration``).
    func hasNameIndex() throws(StoreError) -> Bool {
        try reading { db in try NameSearchMigration.isApplied(db) }
    }

    /// The ids (in id order) of the entities with a name whose search form contains `needle`.
    static func entityIDs(containing needle: String, db: Database) throws -> [String] {
        let rows = try entityIDs(containing: needle, db: db, returningNames: true)
        return Set(rows.map(\.entity)).sorted(by: StoredGraphReader.storeOrder)
    }

    /// The (entity id, search form) of every name whose search form contains `needle`. The trigram index
    /// answers needles of three scalars or more; shorter ones are looked for in the narrow `name_folds` table.
    /// Every candidate is checked with Swift's own `contains`, as the in-memory graph does.
    static func entityIDs(containing needle: String, db: Database, returningNames: Bool)
        throws -> [(entity: String, folded: String)]
    {
        let statement: Statement
        let argument: String
        if needle.unicodeScalars.count >= 3 {
            statement = try db.cachedStatement(sql: """
                SELECT f.entity_id, f.folded FROM name_folds_search s JOIN name_folds f ON f.id = s.rowid
                WHERE name_folds_search MATCH ?
                """)
            // One phrase: the trigram tokenizer then matches the needle as a substring.
            argument = "\"" + needle.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        } else {
            statement = try db.cachedStatement(sql: "SELECT entity_id, folded FROM name_folds WHERE instr(folded, ?) > 0")
            argument = needle
        }
        return try Row.fetchAll(statement, arguments: [argument])
            .map { (entity: $0[0] as String, folded: $0[1] as String) }
            .filter { $0.folded.contains(needle) }
    }
}
