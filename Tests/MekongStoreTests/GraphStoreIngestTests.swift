import MekongCore
import MekongStore
import Testing

@Suite("Ingesting article contributions")
struct GraphStoreIngestTests {
    typealias F = ContributionFixtures

    @Test("the same article ingested twice changes nothing")
    func sameArticleTwiceIsUnchanged() throws {
        let store = try GraphStore.inMemory()
        let first = try store.ingest(F.academyArticle())
        #expect(first.change == .added)
        #expect(first.entitiesAdded == 3)
        #expect(first.relationsAdded == 2)
        let before = try store.loadGraph()

        let second = try store.ingest(F.academyArticle())
        #expect(second == IngestOutcome(change: .unchanged))
        let after = try store.loadGraph()
        #expect(after.articles == before.articles)
        #expect(after.entities == before.entities)
        #expect(after.relations == before.relations)
        #expect(try store.statistics() == StoreStatistics(articles: 1, entities: 3, relations: 2, mentions: 3, evidence: 2))
    }

    @Test("a changed version replaces the article's contribution; shared entities stay")
    func changedVersionReplacesContribution() throws {
        let store = try GraphStore.inMemory()
        try store.ingest(F.academyArticle("a1"))
        // A second article also names the academy, so it must survive a1's replacement.
        let other = F.entity(.organization, "Học viện Chính trị quốc gia Hồ Chí Minh", article: "a2", at: 5)
        try store.ingest(ArticleContribution(article: F.article("a2"), entities: [other], relations: []))

        let outcome = try store.ingest(F.academyArticle("a1", version: "v2", includeProvince: false))
        #expect(outcome.change == .replaced)

        let graph = try store.loadGraph()
        #expect(graph.articles.map(\.sha256) == ["sha-a1-v2", "sha-a2-v1"])
        #expect(graph.entities.map(\.name).sorted() == ["Hoàng Phúc Lâm", "Học viện Chính trị quốc gia Hồ Chí Minh"])
        #expect(graph.relations.map(\.predicate) == [.holdsPosition])
        let academy = try #require(graph.entities.first { $0.type == .organization })
        #expect(academy.mentions.map(\.article) == ["a1", "a2"])
        #expect(graph.relations.allSatisfy { $0.evidence.map(\.article) == ["a1"] })
    }

    @Test("removing the only article leaves an empty store")
    func removeArticleEmptiesStore() throws {
        let store = try GraphStore.inMemory()
        try store.ingest(F.academyArticle())
        #expect(try store.removeArticle(id: "a1"))
        #expect(try store.removeArticle(id: "a1") == false)
        #expect(try store.statistics() == StoreStatistics(articles: 0, entities: 0, relations: 0, mentions: 0, evidence: 0))
        #expect(try store.article(id: "a1") == nil)
    }

    @Test("a relation stated in two articles is one relation with two pieces of evidence")
    func relationFromTwoArticles() throws {
        let store = try GraphStore.inMemory()
        try store.ingest(F.academyArticle("a1"))
        let second = try store.ingest(F.academyArticle("a2"))
        #expect(second.change == .added)
        #expect(second.entitiesAdded == 0)
        #expect(second.entitiesMerged == 3)
        #expect(second.relationsAdded == 0)
        #expect(second.evidenceAdded == 2)

        let graph = try store.loadGraph()
        #expect(graph.entities.count == 3)
        #expect(graph.relations.count == 2)
        for relation in graph.relations {
            #expect(relation.evidence.map(\.article) == ["a1", "a2"])
        }
    }

    @Test("entities merge across articles when a name key matches an alias key")
    func mergeByAliasKey() throws {
        let store = try GraphStore.inMemory()
        // Article 1 knows the academy by its short form, with the full name (capital Q) as an alias.
        let short = F.entity(
            .organization, "Học viện", aliases: ["Học viện Chính trị Quốc gia Hồ Chí Minh"], article: "a1")
        try store.ingest(ArticleContribution(article: F.article("a1"), entities: [short], relations: []))

        // Article 2 gives the full name (lower-case q) as canonical; its key equals article 1's alias key.
        let full = F.entity(.organization, "Học viện Chính trị quốc gia Hồ Chí Minh", article: "a2", at: 3)
        let person = F.entity(.person, "Hoàng Phúc Lâm", article: "a2", at: 50)
        let post = F.relation(person, .holdsPosition, full, article: "a2", attributes: ["title": "Giám đốc"])
        let outcome = try store.ingest(
            ArticleContribution(article: F.article("a2"), entities: [full, person], relations: [post]))
        #expect(outcome.entitiesMerged == 1)
        #expect(outcome.entitiesAdded == 1)

        let graph = try store.loadGraph()
        let academy = try #require(graph.entities.first { $0.type == .organization })
        #expect(graph.entities.count == 2)
        #expect(academy.id == short.id, "a merged entity keeps its id")
        #expect(academy.name == "Học viện Chính trị quốc gia Hồ Chí Minh", "the fullest name wins")
        #expect(academy.aliases == ["Học viện", "Học viện Chính trị Quốc gia Hồ Chí Minh"])
        #expect(academy.mentions.map(\.article) == ["a1", "a2"])
        let relation = try #require(graph.relations.first)
        #expect(relation.object == short.id, "relation ends are rewritten to the stored id")
        #expect(relation.id == StableID.relation(
            subject: person.id, predicate: .holdsPosition, object: short.id, attributes: ["title": "Giám đốc"]))

        // Without article 2, the name article 1 gave is canonical again; the person and the relation go.
        try store.removeArticle(id: "a2")
        let remaining = try store.loadGraph()
        #expect(remaining.entities.map(\.name) == ["Học viện"])
        #expect(remaining.entities.map(\.id) == [short.id])
        #expect(remaining.relations.isEmpty)
    }

    @Test("a name cut short stood for the full one in its own article only: it joins no entity across articles",
          arguments: [false, true])
    func cutShortAliasJoinsNothing(haitiFirst: Bool) throws {
        let store = try GraphStore.inMemory()
        // An article about Haiti calls Haiti's government "Chính phủ" once its full name is given ...
        let haiti = F.entity(.organization, "Chính phủ Haiti", aliases: ["Chính phủ"], article: "a1")
        // ... another article's "Chính phủ" is Viet Nam's.
        let government = F.entity(.organization, "Chính phủ", article: "a2")
        let contributions = [
            ArticleContribution(article: F.article("a1"), entities: [haiti], relations: []),
            ArticleContribution(article: F.article("a2"), entities: [government], relations: []),
        ]
        for contribution in haitiFirst ? contributions : contributions.reversed() { try store.ingest(contribution) }
        #expect(try store.loadGraph().entities.map(\.name).sorted() == ["Chính phủ", "Chính phủ Haiti"])

        // A full alias still joins: "UBND tỉnh An Giang" is the people's committee's name, not a part of it.
        let committee = F.entity(
            .organization, "Ủy ban nhân dân tỉnh An Giang", aliases: ["UBND tỉnh An Giang"], article: "a3")
        let byAcronym = F.entity(.organization, "UBND tỉnh An Giang", article: "a4")
        try store.ingest(ArticleContribution(article: F.article("a3"), entities: [committee], relations: []))
        try store.ingest(ArticleContribution(article: F.article("a4"), entities: [byAcronym], relations: []))
        #expect(try store.loadGraph().entities.count == 3)
    }

    @Test("entities of different types never merge")
    func differentTypesStayApart() throws {
        let store = try GraphStore.inMemory()
        let place = F.entity(.place, "Hồ Chí Minh", article: "a1")
        let person = F.entity(.person, "Hồ Chí Minh", article: "a1", at: 30)
        try store.ingest(ArticleContribution(article: F.article("a1"), entities: [place, person], relations: []))
        #expect(try store.statistics().entities == 2)
    }

    @Test("a symmetric relation given in both directions is one relation")
    func symmetricRelationBothDirections() throws {
        let store = try GraphStore.inMemory()
        let academy = F.entity(.organization, "Học viện Chính trị quốc gia Hồ Chí Minh", article: "a1")
        let school = F.entity(.organization, "Trường Chính trị Tôn Đức Thắng", article: "a1", at: 60)
        let forward = F.relation(academy, .cooperatesWith, school, article: "a1", at: 0)
        let backward = F.relation(school, .cooperatesWith, academy, article: "a1", at: 200)
        let outcome = try store.ingest(
            ArticleContribution(article: F.article("a1"), entities: [academy, school], relations: [backward, forward]))
        #expect(outcome.relationsAdded == 1)

        let graph = try store.loadGraph()
        let relation = try #require(graph.relations.first)
        #expect(graph.relations.count == 1)
        #expect(relation.evidence.map(\.start) == [0, 200])
        #expect(relation.subject == academy.id, "a symmetric relation's ends are stored in sorted order")
        #expect(relation.object == school.id)
    }

    @Test("a holds_position relation with another title is another relation")
    func titleIdentifiesHoldsPosition() throws {
        let store = try GraphStore.inMemory()
        let academy = F.entity(.organization, "Học viện Chính trị quốc gia Hồ Chí Minh", article: "a1")
        let person = F.entity(.person, "Hoàng Phúc Lâm", article: "a1", at: 60)
        let deputy = F.relation(person, .holdsPosition, academy, article: "a1", attributes: ["title": "Phó Giám đốc"])
        let acting = F.relation(person, .holdsPosition, academy, article: "a1", at: 90, attributes: ["title": "Quyền Giám đốc"])
        try store.ingest(
            ArticleContribution(article: F.article("a1"), entities: [academy, person], relations: [deputy, acting]))
        let titles = try store.loadGraph().relations.compactMap { $0.attributes["title"] }.sorted()
        #expect(titles == ["Phó Giám đốc", "Quyền Giám đốc"])
    }

    @Test("a relation whose end is unknown is dropped, not stored dangling")
    func danglingRelationIsDropped() throws {
        let store = try GraphStore.inMemory()
        let academy = F.entity(.organization, "Học viện Chính trị quốc gia Hồ Chí Minh", article: "a1")
        let ghost = F.entity(.person, "Người Không Tên", article: "a1")
        let relation = F.relation(ghost, .holdsPosition, academy, article: "a1", attributes: ["title": "Giám đốc"])
        let outcome = try store.ingest(
            ArticleContribution(article: F.article("a1"), entities: [academy], relations: [relation]))
        #expect(outcome.relationsDropped == 1)
        #expect(try store.statistics().relations == 0)
    }

    @Test("articles round-trip with their metadata and text")
    func articleRoundTrip() throws {
        let store = try GraphStore.inMemory()
        var article = F.article("b2", text: "Hoàng Phúc Lâm — Học viện.")
        article.url = "https://example.vn/b2"
        article.author = "Thanh Sang"
        article.published = "2021-04-29"
        try store.ingest(ArticleContribution(article: article, entities: [], relations: []))
        try store.ingest(F.academyArticle("a1"))
        #expect(try store.article(id: "b2") == article)
        #expect(try store.articles().map(\.id) == ["a1", "b2"])
    }
}

@Suite("Re-ingesting an article whose title or date is read anew")
struct GraphStoreMetadataRefreshTests {
    typealias F = ContributionFixtures

    @Test("the same text with a title or date a newer reader finds replaces the stored article")
    func newMetadataReplaces() throws {
        let store = try GraphStore.inMemory()
        try store.ingest(F.academyArticle())
        var dated = F.academyArticle()
        dated.article.published = "2017-06-12"
        #expect(try store.ingest(dated).change == .replaced)
        var retitled = dated
        retitled.article.title = "Bổ nhiệm Giám đốc Sở"
        #expect(try store.ingest(retitled).change == .replaced)
        #expect(try store.ingest(retitled).change == .unchanged)
        let article = try #require(try store.loadGraph().articles.first)
        #expect(article.published == "2017-06-12")
        #expect(article.title == "Bổ nhiệm Giám đốc Sở")
        #expect(try store.statistics() == StoreStatistics(articles: 1, entities: 3, relations: 2, mentions: 3, evidence: 2))
    }
}

@Suite("Where an article's date was read")
struct GraphStoreDateOriginTests {
    typealias F = ContributionFixtures

    @Test("the store keeps whether the date came from the file's metadata or the lead")
    func dateOriginRoundTrips() throws {
        let store = try GraphStore.inMemory()
        var fromLead = F.academyArticle("a1")
        fromLead.article.published = "2017-06-12"
        fromLead.article.publishedFrom = .lead
        var fromMetadata = F.academyArticle("a2")
        fromMetadata.article.published = "2021-04-29"
        fromMetadata.article.publishedFrom = .metadata
        try store.ingest(fromLead)
        try store.ingest(fromMetadata)
        try store.ingest(F.academyArticle("a3"))
        #expect(try store.article(id: "a1")?.publishedFrom == .lead)
        #expect(try store.loadGraph().articles.map(\.publishedFrom) == [.lead, .metadata, nil])
        let summaries = try store.articleSummaries(["a1", "a2", "a3"])
        #expect(summaries["a1"]?.publishedFrom == .lead)
        #expect(summaries["a2"]?.publishedFrom == .metadata)
        #expect(summaries["a3"]?.publishedFrom == nil)
        // The same date read from elsewhere is another version of the article.
        fromLead.article.publishedFrom = .metadata
        #expect(try store.ingest(fromLead).change == .replaced)
    }
}
