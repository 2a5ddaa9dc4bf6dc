/// Which articles ``GraphStore/articleListing(_:)`` lists.
public struct ArticleFilter: Hashable, Sendable {
    /// Only articles that mention the entity with this id.
    public var mentioning: String?
    /// Only articles published in this range; an undated article is outside a range with an end.
    public var published: PublishedRange
    /// Only articles whose outlet (source) or URL contains this text, ignoring ASCII case.
    public var outlet: String?
    /// At most this many articles (the newest), or all when nil.
    public var limit: Int?

    /// A filter from its parts; the default lists every article.
    public init(mentioning: String? = nil, published: PublishedRange = .all, outlet: String? = nil, limit: Int? = nil) {
        self.mentioning = mentioning
        self.published = published
        self.outlet = outlet
        self.limit = limit
    }
}
