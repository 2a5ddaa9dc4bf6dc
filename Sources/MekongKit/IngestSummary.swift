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
    /// Entities and relations in the store after the run.
    public var entities = 0
    /// Relations in the store after the run.
    public var relations = 0
    /// Wall-clock duration of the run, in seconds.
    public var seconds = 0.0

    /// A summary with every count zero.
    public init() {}

    /// Articles read successfully.
    public var articles: Int { added + replaced + unchanged }
}
