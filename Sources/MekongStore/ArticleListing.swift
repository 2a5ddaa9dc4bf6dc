/// The articles a filter selects, and how many it left out for want of a date.
public struct ArticleListing: Hashable, Sendable {
    /// The articles, newest first; undated ones last; articles of one day by id, descending.
    public var articles: [ArticleSummary]
    /// How many articles passed the other conditions but have no known date, so a date range left them out
    /// (0 when the filter has no date range).
    public var undatedLeftOut: Int
    /// Whether the filter selects more articles than its limit let through.
    public var hasMore: Bool

    /// A listing from its parts.
    public init(articles: [ArticleSummary], undatedLeftOut: Int = 0, hasMore: Bool = false) {
        self.articles = articles
        self.undatedLeftOut = undatedLeftOut
        self.hasMore = hasMore
    }
}
