import MekongCore

/// `mekong curate list --json` (docs/cli-json.md): the curation file and its entries, oldest first.
public struct CurationListJSON: Codable, Hashable, Sendable {
    /// The shape's version (``CLIJSON/version``).
    public var version = CLIJSON.version
    /// The curation file's path.
    public var file: String
    /// The entries, oldest first.
    public var curations: [CurationEntryJSON]

    /// The JSON of the entries of `file`.
    public init(file: String, entries: [CurationEntry]) {
        self.file = file
        curations = entries.enumerated().map { CurationEntryJSON($0.element, number: $0.offset + 1) }
    }
}
