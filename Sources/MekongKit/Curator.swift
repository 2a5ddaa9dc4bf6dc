import Foundation
import MekongCore
import MekongStore

/// Records, applies, lists and undoes the curations of one store, kept in its ``CurationFile`` (SQLite) or its
/// curations table (PostgreSQL; ``CuratedStore``).
///
/// A curation is recorded first (the record is what every later ingest applies), then applied to the store at
/// once. Entities are found by id or by a whole name or alias, ignoring case and diacritics (`show`
/// also takes part of a name; a curation does not), `type` narrowing the search and recorded by their type and canonical name. Undo removes the entry from the
/// file and derives the graph again from the stored articles (``MekongStore/GraphStore/rederive(curations:extracting:)``),
/// since a merge or a deletion cannot be inverted in place.
public struct Curator {
    /// The store curated, opened for writing.
    public let store: any CuratedStore
    /// Where its curations are kept: its curation file (``CurationFile/path(forStore:)``), or its table.
    public let place: String

    /// The curator of `store`.
    /// - Throws: ``CurationError/noFile`` for a store in memory.
    public init(store: any CuratedStore) throws(CurationError) {
        guard let place = store.curationsPlace else { throw .noFile }
        self.store = store
        self.place = place
    }

    /// What recording or undoing a curation did.
    public struct Outcome: Sendable {
        /// The entry recorded or removed.
        public var entry: CurationEntry
        /// Its number in the list (1 for the oldest), before an undo removed it.
        public var number: Int
        /// Whether the store changed.
        public var changed: Bool
        /// The entities the curation leaves: the survivor of a merge, the entity renamed or given an alias,
        /// both entities of a split-off; none for a deletion or an undo.
        public var entities: [Entity]
    }

    /// The recorded curations, oldest first.
    public func entries() throws -> [CurationEntry] {
        try store.curationEntries()
    }

    // MARK: Recording

    /// Merges the entity named `other` into the one named `keep`, which keeps its name and id.
    public func merge(keep: String, other: String, type: EntityType? = nil, on date: Date = Date()) throws -> Outcome {
        let kept = try entity(keep, type: type)
        let merged = try entity(other, type: type)
        guard kept.id != merged.id else { throw CurationError.sameEntity("\(kept.name) [\(kept.type)]") }
        return try record(.merge(into: reference(kept), from: reference(merged)), on: date, showing: [kept.id])
    }

    /// Gives the entity named `name` the alias `alias` (an entity of its type named `alias` is merged into it).
    public func alias(_ name: String, alias: String, type: EntityType? = nil, on date: Date = Date()) throws -> Outcome {
        let target = try entity(name, type: type)
        return try record(.alias(reference(target), alias: try cleaned(alias)), on: date, showing: [target.id])
    }

    /// Renames the entity named `name` to `newName`; its old name stays an alias.
    public func rename(_ name: String, to newName: String, type: EntityType? = nil, on date: Date = Date()) throws -> Outcome {
        let target = try entity(name, type: type)
        let newName = try cleaned(newName)
        let key = NameNormalizer.key(newName)
        if let other = try store.entities(type: target.type, search: newName).first(where: {
            $0.id != target.id && NameNormalizer.key($0.name) == key
        }) {
            throw CurationError.nameTaken(name: newName, by: "\(other.name) [\(other.type)] (\(other.id))")
        }
        return try record(.rename(reference(target), to: newName), on: date, showing: [target.id])
    }

    /// Deletes the entity named `name` with its mentions and relations.
    public func delete(_ name: String, type: EntityType? = nil, on date: Date = Date()) throws -> Outcome {
        let target = try entity(name, type: type)
        return try record(.delete(reference(target)), on: date, showing: [])
    }

    /// Makes the mentions of the entity named `name` written `alias` an entity of their own.
    public func splitOff(_ name: String, alias: String, type: EntityType? = nil, on date: Date = Date()) throws -> Outcome {
        let target = try entity(name, type: type)
        // Found as `show` finds names: without case or diacritics; the alias is recorded as the articles write it.
        let folded = NameNormalizer.fold(alias)
        let described = "\(target.name) [\(target.type)]"
        if NameNormalizer.fold(target.name) == folded { throw CurationError.notAnAlias(alias: alias, entity: described, canonical: true) }
        guard let written = target.aliases.first(where: { NameNormalizer.fold($0) == folded }) else {
            throw CurationError.notAnAlias(alias: alias, entity: described, canonical: false)
        }
        let split = StableID.entity(type: target.type, name: written)
        return try record(.splitOff(reference(target), alias: written), on: date, showing: [target.id, split])
    }

    /// Deletes the article with this id (or read from this path, or at this URL) and everything only it
    /// supports; later ingests leave it out.
    public func deleteArticle(_ idOrPath: String, on date: Date = Date()) throws -> Outcome {
        var article = try store.article(id: idOrPath)
        if article == nil {
            let listed = try store.articleListing(ArticleFilter()).articles
            // A path as ingest was given it, or the same file written another way (./a.txt, an absolute path).
            let absolute = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
            let wanted = absolute(idOrPath)
            if let summary = listed.first(where: { $0.path == idOrPath || $0.url == idOrPath })
                ?? listed.first(where: { $0.path != "-" && absolute($0.path) == wanted })
            {
                article = try store.article(id: summary.id)
            }
        }
        guard let article else { throw CurationError.unknownArticle(idOrPath) }
        return try record(.deleteArticle(id: article.id, sha256: article.sha256, path: article.path), on: date, showing: [])
    }

    // MARK: Undoing

    /// Removes entry `number` (1 for the oldest; the newest when nil) from the record and derives the graph
    /// again from the stored articles with `ingestor`, applying the entries that remain.
    ///
    /// Undoing an article's deletion only forgets it: the article's text left the store with it, so the next
    /// `ingest` of its file brings it back.
    public func undo(_ number: Int? = nil, ingestor: ArticleIngestor) throws -> Outcome {
        let place = self.place
        var removed: (entry: CurationEntry, number: Int)?
        let entries = try store.removeCuration { entries throws(CurationError) in
            guard !entries.isEmpty else { throw .nothingToUndo(path: place) }
            let chosen = number ?? entries.count
            guard (1...entries.count).contains(chosen) else { throw .noSuchEntry(number: chosen, count: entries.count) }
            removed = (entries[chosen - 1], chosen)
            return chosen - 1
        }
        guard let removed else { throw CurationError.nothingToUndo(path: place) }
        try store.rederive(curations: entries.map(\.curation)) { article in ingestor.contribution(stored: article).0 }
        return Outcome(entry: removed.entry, number: removed.number, changed: true, entities: [])
    }

    /// Applies every recorded curation to the store again; returns for each whether it changed anything.
    @discardableResult
    public func applyAll() throws -> [Bool] {
        try store.apply(entries().map(\.curation))
    }

    // MARK: Helpers

    private func record(_ curation: Curation, on date: Date, showing ids: [String]) throws -> Outcome {
        let entries = try store.appendCuration(CurationEntry(date: Self.day(date), curation: curation))
        // The whole record, in order: the new entry may make an earlier one apply (a merge of a name renamed later).
        let changed = try store.apply(entries.map(\.curation))
        let shown = try ids.compactMap { id in try store.entity(id: id) }
        return Outcome(entry: entries[entries.count - 1], number: entries.count, changed: changed.contains(true), entities: shown)
    }

    private func entity(_ name: String, type: EntityType?) throws -> Entity {
        do {
            return try store.resolveExactly(name, type: type)
        } catch GraphQueryError.ambiguousEntity(let name, let candidates) {
            throw CurationError.ambiguousEntity(name, candidates: candidates.map { "\($0.name) [\($0.type)] (\($0.id))" })
        }
    }

    private func reference(_ entity: Entity) -> CuratedEntity {
        CuratedEntity(type: entity.type, name: entity.name)
    }

    private func cleaned(_ name: String) throws(CurationError) -> String {
        let name = name.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw .emptyName }
        return name
    }

    /// `YYYY-MM-DD` of `date` in UTC.
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
