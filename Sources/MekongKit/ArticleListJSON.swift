/// `mekong articles --json` (docs/cli-json.md): the articles selected, and how many a date range left out.
public struct ArticleListJSON: Codable, Hashable, Sendable {
    /// The shape's version (``CLIJSON/version``).
    public var version = CLIJSON.version
    /// The articles, newest first, undated last.
    public var articles: [ArticleJSON]
    /// Whether more articles match than `--limit` let through.
    public var more: Bool
    /// How many articles passed the other filters but have no known date, so a date range left them out.
    public var undatedLeftOut: Int

    enum CodingKeys: String, CodingKey { case version, articles, more, undatedLeftOut = "undated_left_out" }

    /// The JSON of a listing.
    public init(_ listing: ArticleListing) {
        articles = listing.articles.map(ArticleJSON.init)
        more = listing.hasMore
        undatedLeftOut = listing.undatedLeftOut
    }
}
