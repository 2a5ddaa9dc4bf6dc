import MekongCore
import MekongStore
import Testing

@Suite("Listing articles by entity, date and outlet")
struct ArticleListingTests {
    typealias F = ContributionFixtures

    /// Three articles: a1 (TTXVN, 2021-04-29) and a2 (dantri.com.vn, 2021-05-03) name the academy; a3 has no
    /// date and names only the province.
    private func store() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        var first = F.academyArticle("a1")
        first.article.published = "2021-04-29"
        try store.ingest(first)
        var second = F.academyArticle("a2", includeProvince: false)
        second.article.published = "2021-05-03"
        second.article.source = "dantri.com.vn"
        second.article.url = "https://dantri.com.vn/xa-hoi/bai-a2-20210503.htm"
        try store.ingest(second)
        let province = F.entity(.place, "An Giang", article: "a3")
        try store.ingest(ArticleContribution(article: F.article("a3"), entities: [province], relations: []))
        return store
    }

    @Test("every article, newest first and undated last, with what each contributed")
    func everything() throws {
        let listing = try store().articleListing()
        #expect(listing.articles.map(\.id) == ["a2", "a1", "a3"])
        #expect(!listing.hasMore)
        #expect(listing.undatedLeftOut == 0)
        let a1 = try #require(listing.articles.first { $0.id == "a1" })
        #expect(a1.entities == 3)
        #expect(a1.relations == 2)
        #expect(a1.published == "2021-04-29")
        #expect(a1.source == "TTXVN")
    }

    @Test("--mentions keeps the articles that name the entity")
    func mentioning() throws {
        let store = try store()
        let academy = StableID.entity(type: .organization, name: "Học viện Chính trị quốc gia Hồ Chí Minh")
        #expect(try store.articleListing(ArticleFilter(mentioning: academy)).articles.map(\.id) == ["a2", "a1"])
        let province = StableID.entity(type: .place, name: "An Giang")
        #expect(try store.articleListing(ArticleFilter(mentioning: province)).articles.map(\.id) == ["a1", "a3"])
    }

    @Test("a date range includes both ends, and counts the undated articles it leaves out")
    func dates() throws {
        let store = try store()
        let april = try store.articleListing(ArticleFilter(published: PublishedRange(since: "2021-04-01", until: "2021-04-29")))
        #expect(april.articles.map(\.id) == ["a1"])
        #expect(april.undatedLeftOut == 1)
        let may = try store.articleListing(ArticleFilter(published: PublishedRange(since: "2021-05-03")))
        #expect(may.articles.map(\.id) == ["a2"])
    }

    @Test("--outlet matches the source or the URL, ignoring case; LIKE's wildcards are literal")
    func outlet() throws {
        let store = try store()
        #expect(try store.articleListing(ArticleFilter(outlet: "DANTRI")).articles.map(\.id) == ["a2"])
        #expect(try store.articleListing(ArticleFilter(outlet: "ttxvn")).articles.map(\.id) == ["a1", "a3"])
        #expect(try store.articleListing(ArticleFilter(outlet: "%")).articles.isEmpty)
    }

    @Test("a limit keeps the newest and tells whether there are more")
    func limit() throws {
        let store = try store()
        let listing = try store.articleListing(ArticleFilter(limit: 1))
        #expect(listing.articles.map(\.id) == ["a2"])
        #expect(listing.hasMore)
        let exact = try store.articleListing(ArticleFilter(limit: 3))
        #expect(exact.articles.map(\.id) == ["a2", "a1", "a3"])
        #expect(!exact.hasMore)
    }

    @Test("a date that is not a day is refused", arguments: ["2021-4-29", "29/04/2021", "2021-02-30", "2021-13-01", "yesterday"])
    func invalidDates(text: String) {
        #expect(throws: StoreError.invalidDate(text)) { try PublishedRange(since: text) }
        #expect(throws: StoreError.invalidDate(text)) { try PublishedRange(until: text) }
    }

    @Test("valid days pass, 29 February of a leap year included")
    func validDates() throws {
        #expect(try PublishedRange(since: "2024-02-29", until: "2024-12-31").isBounded)
        #expect(!PublishedRange.all.isBounded)
    }
}
