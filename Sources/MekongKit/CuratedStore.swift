import Foundation
import MekongCore
import MekongPostgres
import MekongStore

/// A store that can be curated (docs/curation.md): where its curations are kept and how they change its graph.
/// The SQLite store keeps them in `curation.yaml` beside it, the PostgreSQL store in its `curations` table; both
/// apply them alike, so the same curations give the same graph.
public protocol CuratedStore: GraphQuerying {
    /// Where the curations are kept, for messages (a file's path, or a database's table); nil when they cannot
    /// be kept (a SQLite store in memory).
    var curationsPlace: String? { get }
    /// The recorded curations, oldest first.
    func curationEntries() throws -> [CurationEntry]
    /// Records `entry` after the recorded curations; returns them all, oldest first, `entry` last.
    func appendCuration(_ entry: CurationEntry) throws -> [CurationEntry]
    /// Removes the recorded curation at the index `choose` picks from all of them (oldest first; it throws to remove
    /// none), with no other curation recorded or removed in between; returns the ones that remain.
    func removeCuration(_ choose: ([CurationEntry]) throws(CurationError) -> Int) throws -> [CurationEntry]
    /// Applies curations in order, in one transaction; returns, for each, whether it changed the graph.
    @discardableResult
    func apply(_ curations: [Curation]) throws -> [Bool]
    /// One entity by id, or by a whole name or alias (never by part of a name).
    func resolveExactly(_ nameOrID: String, type: EntityType?) throws -> Entity
    /// Derives the graph again from the stored articles with `extracting`, then applies `curations`; returns how
    /// many articles were stored again.
    @discardableResult
    func rederive(curations: [Curation], extracting: (Article) throws -> ArticleContribution?) throws -> Int
}

extension GraphStore: CuratedStore {
    public var curationsPlace: String? { CurationFile.path(forStore: path) }

    public func curationEntries() throws -> [CurationEntry] {
        guard let file = curationsPlace else { return [] }
        return try CurationFile.read(at: file)
    }

    public func appendCuration(_ entry: CurationEntry) throws -> [CurationEntry] {
        guard let file = curationsPlace else { throw CurationError.noFile }
        let entries = try CurationFile.read(at: file) + [entry]
        try CurationFile.write(entries, to: file)
        return entries
    }

    public func removeCuration(_ choose: ([CurationEntry]) throws(CurationError) -> Int) throws -> [CurationEntry] {
        guard let file = curationsPlace else { throw CurationError.noFile }
        var entries = try CurationFile.read(at: file)
        entries.remove(at: try choose(entries))
        try CurationFile.write(entries, to: file)
        return entries
    }
}

extension PostgresGraphStore: CuratedStore {
    public var curationsPlace: String? { curationsTable }

    /// The table, as messages name it.
    private var curationsTable: String { "the curations table of \(location)" }

    public func curationEntries() throws -> [CurationEntry] {
        try CurationFile.parse(curationLines().joined(separator: "\n"), path: curationsTable)
    }

    /// One INSERT: curators recording at once each keep their entry.
    public func appendCuration(_ entry: CurationEntry) throws -> [CurationEntry] {
        try appendCurationLine(CurationFile.line(entry))
        return try curationEntries()
    }

    /// Inside one transaction that locks the table against other curators.
    public func removeCuration(_ choose: ([CurationEntry]) throws(CurationError) -> Int) throws -> [CurationEntry] {
        let table = curationsTable
        let remaining = try removeCurationLine { lines in
            try choose(CurationFile.parse(lines.joined(separator: "\n"), path: table))
        }
        return try CurationFile.parse(remaining.joined(separator: "\n"), path: table)
    }
}
