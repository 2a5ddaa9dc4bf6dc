/// How a raw article file is laid out; ``ArticleReader`` detects it from the first lines.
public enum ArticleLayout: String, Sendable, Hashable, CaseIterable {
    /// First non-empty line the headline, then paragraphs one per line (baomoi.com-style crawls).
    case plain
    /// `# doc_id = …`, `# url = …`, `# date = yyyymmdd` header lines and no headline (Dân trí corpus).
    case headered
    /// `Title:`, `Source:`, `Link:`, `Published Date:`, `Author:`, `Tags:`, `Summary:`, `Content:` lines,
    /// with sentences glued together in the content (news summarisation crawls).
    case crawler
}
