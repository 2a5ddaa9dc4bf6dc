/// The articles a filter selects, and how many it left out for want of a date.
public struct ArticleListing: Hashable, Sendable {
    /// The articles, newest first; undated ones last; then by id.
    public var articles: [ArticleSummary]
    /// How many articles passed the other conditions but have no known date, so a date range left them out
    /// (0 when the filter has no date range).
    public var undatedLeftOut: Int
    /// How many articles the filter selects before its limit.
    public var total: Int

    /// A listing from its parts.
    public init(articles: [ArticleSummary], undatedLeftOut: Int = 0, total: Int) {
        self.articles = articles
        self.undatedLeftOut = undatedLeftOut
        self.total = total
    }
}
