import MekongCore
import MekongStore
import Testing

@Suite("Listing relations by predicate, ends and date")
struct RelationListingTests {
    typealias F = ContributionFixtures

    static let academy = StableID.entity(type: .organization, name: "Học viện Chính trị quốc gia Hồ Chí Minh")
    static let person = StableID.entity(type: .person, name: "Hoàng Phúc Lâm")
    static let province = StableID.entity(type: .place, name: "An Giang")

    /// a1 (2021-04-29) states that Hoàng Phúc Lâm holds a post at the academy and that the academy is in
    /// An Giang; a2 (undated) states the post again.
    private func store() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        var first = F.academyArticle("a1")
        first.article.published = "2021-04-29"
        try store.ingest(first)
        try store.ingest(F.academyArticle("a2", includeProvince: false))
        return store
    }

    @Test("every relation, with all its evidence")
    func everything() throws {
        let listing = try store().relationListing()
        #expect(listing.relations.count == 2)
        #expect(!listing.hasMore)
        #expect(Set(listing.relations.map(\.predicate)) == [.holdsPosition, .locatedIn])
        let post = try #require(listing.relations.first { $0.predicate == .holdsPosition })
        #expect(post.evidence.map(\.article) == ["a1", "a2"])
    }

    @Test("by predicate, subject and object")
    func ends() throws {
        let store = try store()
        #expect(try store.relationListing(RelationFilter(predicates: [.locatedIn])).relations.map(\.object) == [Self.province])
        #expect(try store.relationListing(RelationFilter(subject: Self.person)).relations.map(\.predicate) == [.holdsPosition])
        #expect(try store.relationListing(RelationFilter(object: Self.academy)).relations.map(\.subject) == [Self.person])
        #expect(try store.relationListing(RelationFilter(subject: Self.academy)).relations.map(\.object) == [Self.province])
        #expect(try store.relationListing(RelationFilter(predicates: [.locatedIn], subject: Self.person)).relations.isEmpty)
        #expect(try store.relationListing(RelationFilter(predicates: [.locatedIn, .holdsPosition])).relations.count == 2)
    }

    @Test("a date range keeps the relations stated in an article of the range, each with all its evidence")
    func dates() throws {
        let store = try store()
        let april = try store.relationListing(RelationFilter(published: PublishedRange(since: "2021-04-29", until: "2021-04-29")))
        #expect(april.relations.count == 2)
        #expect(april.relations.first { $0.predicate == .holdsPosition }?.evidence.count == 2)
        #expect(try store.relationListing(RelationFilter(published: PublishedRange(since: "2021-04-30"))).relations.isEmpty)
        #expect(try store.relationListing(RelationFilter(published: PublishedRange(until: "2021-04-28"))).relations.isEmpty)
    }

    @Test("a limit keeps the first in id order and tells whether there are more")
    func limit() throws {
        let store = try store()
        let all = try store.relationListing().relations.map(\.id)
        let one = try store.relationListing(RelationFilter(limit: 1))
        #expect(one.relations.map(\.id) == [all[0]])
        #expect(one.hasMore)
        #expect(try !store.relationListing(RelationFilter(limit: 2)).hasMore)
    }
}
