/// Where an article's published date was read (docs/articles.md).
public enum DateOrigin: String, Codable, Hashable, Sendable, CaseIterable {
    /// The file's own metadata: a `# date` header, a `Published Date:` line.
    case metadata
    /// The article's lead, for a file whose metadata has none ("Ngày 7/2/2017, …").
    case lead
}
