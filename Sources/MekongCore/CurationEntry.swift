/// One line of a curation file: a ``Curation`` and the day it was recorded.
public struct CurationEntry: Hashable, Sendable {
    /// The day the curation was recorded, `YYYY-MM-DD` (UTC).
    public var date: String
    /// What it changes.
    public var curation: Curation

    /// An entry recorded on `date` (`YYYY-MM-DD`).
    public init(date: String, curation: Curation) {
        self.date = date
        self.curation = curation
    }
}
