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
    /// Records `entries` in place of the recorded curations, oldest first.
    func recordCurationEntries(_ entries: [CurationEntry]) throws
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

    public func recordCurationEntries(_ entries: [CurationEntry]) throws {
        guard let file = curationsPlace else { throw CurationError.noFile }
        try CurationFile.write(entries, to: file)
    }
}

extension PostgresGraphStore: CuratedStore {
    public var curationsPlace: String? { "the curations table of \(location)" }

    public func curationEntries() throws -> [CurationEntry] {
        try CurationFile.parse(curationLines().joined(separator: "\n"), path: curationsPlace!)
    }

    public func recordCurationEntries(_ entries: [CurationEntry]) throws {
        try replaceCurationLines(entries.map(CurationFile.line))
    }
}
