import Foundation

/// What an ingest run did, for the summary line and `--json`.
public struct IngestSummary: Sendable, Codable {
    /// Articles read and stored as new.
    public var added = 0
    /// Articles whose changed content replaced their earlier contribution.
    public var replaced = 0
    /// Articles whose content was already stored.
    public var unchanged = 0
    /// Files that could not be read, with the reason.
    public var failedFiles: [String] = []
    /// Extractors that failed on an article (the article's other results were kept).
    public var extractorFailures: [String] = []
    /// Articles whose mentions or relations passed a limit: what was cut, per article.
    public var cappedArticles: [String] = []
    /// Articles left out because the store's curation file deletes them (`mekong articles delete`).
    public var deletedByCuration = 0
    /// Entities and relations in the store after the run.
    public var entities = 0
    /// Relations in the store after the run.
    public var relations = 0
    /// Wall-clock duration of the run, in seconds.
    public var seconds = 0.0
    /// Articles this process extracted from a PostgreSQL store's queue (`ingest --queue`); nil for a SQLite
    /// store, where every article given is extracted and stored by the run.
    public var extracted: Int?

    /// The keys of `ingest --json` (docs/cli-json.md), snake_case like every `--json`.
    enum CodingKeys: String, CodingKey {
        case version, added, replaced, unchanged, failedFiles = "failed_files", extractorFailures = "extractor_failures"
        case cappedArticles = "capped_articles", entities, relations, seconds
        case deletedByCuration = "deleted_by_curation", extracted
    }

    /// The shape's version (``CLIJSON/version``), written with the summary.
    public var version: Int { CLIJSON.version }

    /// Reads a summary that ``encode(to:)`` wrote.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        added = try container.decode(Int.self, forKey: .added)
        replaced = try container.decode(Int.self, forKey: .replaced)
        unchanged = try container.decode(Int.self, forKey: .unchanged)
        failedFiles = try container.decode([String].self, forKey: .failedFiles)
        extractorFailures = try container.decode([String].self, forKey: .extractorFailures)
        cappedArticles = try container.decode([String].self, forKey: .cappedArticles)
        deletedByCuration = try container.decodeIfPresent(Int.self, forKey: .deletedByCuration) ?? 0
        entities = try container.decode(Int.self, forKey: .entities)
        relations = try container.decode(Int.self, forKey: .relations)
        seconds = try container.decode(Double.self, forKey: .seconds)
        extracted = try container.decodeIfPresent(Int.self, forKey: .extracted)
    }

    /// Writes the summary with its version.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(added, forKey: .added)
        try container.encode(replaced, forKey: .replaced)
        try container.encode(unchanged, forKey: .unchanged)
        try container.encode(failedFiles, forKey: .failedFiles)
        try container.encode(extractorFailures, forKey: .extractorFailures)
        try container.encode(cappedArticles, forKey: .cappedArticles)
        try container.encode(deletedByCuration, forKey: .deletedByCuration)
        try container.encode(entities, forKey: .entities)
        try container.encode(relations, forKey: .relations)
        try container.encode(seconds, forKey: .seconds)
        try container.encodeIfPresent(extracted, forKey: .extracted)
    }

    /// A summary with every count zero.
    public init() {}

    /// Counts one stored article by what storing it changed.
    mutating func count(_ change: IngestOutcome.Change) {
        switch change {
        case .added: added += 1
        case .replaced: replaced += 1
        case .unchanged: unchanged += 1
        }
    }

    /// Articles read successfully.
    public var articles: Int { added + replaced + unchanged }
}
