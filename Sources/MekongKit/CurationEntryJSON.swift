import MekongCore

/// One curation in the CLI's JSON (docs/cli-json.md): its number in the list, and its keys as the curation
/// file writes them (docs/curation.md).
public struct CurationEntryJSON: Codable, Hashable, Sendable {
    /// Its place in the file, 1 for the oldest.
    public var number: Int
    /// The day it was recorded, `YYYY-MM-DD`.
    public var date: String
    /// The operation: `merge`, `alias`, `rename`, `delete`, `split-off` or `delete-article`.
    public var op: String
    /// One line for people.
    public var summary: String
    /// Every key of the entry in the file (`type`, `into`, `from`, `entity`, `alias`, `to`, `article` …).
    public var fields: [String: String]

    /// The JSON of `entry`, number `number` in its file.
    public init(_ entry: CurationEntry, number: Int) {
        self.number = number
        date = entry.date
        op = entry.curation.operation
        summary = entry.curation.summary
        fields = Dictionary(CurationFile.fields(of: entry).map { ($0.key, $0.value) }) { first, _ in first }
    }
}
